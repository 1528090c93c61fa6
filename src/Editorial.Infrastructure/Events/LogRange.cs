namespace Editorial.Infrastructure.Events;

/// <summary>A run of consecutive entries of one article's log, by sequence: what one change added.</summary>
/// <param name="First">The first entry's sequence.</param>
/// <param name="Last">The last entry's sequence.</param>
public readonly record struct LogRange(long First, long Last);

using Editorial.Domain.Audit;

namespace Editorial.Infrastructure.Audit;

/// <summary>A page of the security log, newest first.</summary>
/// <param name="Entries">The entries.</param>
/// <param name="NextBefore">Pass as <see cref="SecurityLogQuery.Before"/> for the next page; null when this is the last.</param>
public sealed record SecurityLogPage(IReadOnlyList<SecurityEvent> Entries, long? NextBefore);

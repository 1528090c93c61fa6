using Editorial.Domain.Audit;

namespace Editorial.Infrastructure.Audit;

/// <summary>Which security log entries to read, newest first, a page at a time.</summary>
/// <param name="Kind">Only this kind.</param>
/// <param name="UserId">Only entries where this user acted or was acted on.</param>
/// <param name="From">Only entries at or after this time (UTC).</param>
/// <param name="To">Only entries before this time (UTC).</param>
/// <param name="Before">The page after the one that ended here: only entries with a lower sequence.</param>
/// <param name="Limit">Most entries in the page (1 to <see cref="MaxLimit"/>).</param>
public sealed record SecurityLogQuery(
    SecurityEventKind? Kind = null,
    string? UserId = null,
    DateTime? From = null,
    DateTime? To = null,
    long? Before = null,
    int Limit = 50)
{
    /// <summary>Largest page.</summary>
    public const int MaxLimit = 500;
}

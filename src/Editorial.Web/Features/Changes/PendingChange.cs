using Editorial.Domain.Diff;

namespace Editorial.Web.Features.Changes;

/// <summary>A pending tracked change with who made it and when.</summary>
/// <param name="Change">The change.</param>
/// <param name="Credits">The revisions that made it, oldest first; empty only when that is unknown.</param>
public sealed record PendingChange(TrackedChange Change, IReadOnlyList<ChangeCredit> Credits)
{
    /// <summary>Its authors, each once, in the order they first worked on it.</summary>
    public IReadOnlyList<ChangeAuthor> Authors => Credits.Select(c => c.Author).DistinctBy(a => a.UserId).ToList();

    /// <summary>When it was last worked on; null when unknown.</summary>
    public DateTime? ChangedAt => Credits.Count == 0 ? null : Credits.Max(c => c.At);

    /// <summary>Whether <paramref name="userId"/> took part in it.</summary>
    public bool IsBy(string? userId) => Credits.Any(c => c.Author.UserId == userId);
}

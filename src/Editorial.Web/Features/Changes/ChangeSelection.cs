using Editorial.Domain.Diff;
using Editorial.Domain.Workflow;

namespace Editorial.Web.Features.Changes;

/// <summary>
/// Which pending changes a decision is about: all of them, the listed ones, or every change one
/// author took part in. The choice is made on the server against the text as it is now; listed ids
/// that no longer exist make the whole decision stale (nothing is half-applied).
/// </summary>
public sealed record ChangeSelection
{
    private ChangeSelection(IReadOnlyCollection<string>? ids, string? authorId, bool byAuthor)
    {
        Ids = ids;
        AuthorId = authorId;
        ByAuthor = byAuthor;
    }

    /// <summary>Every pending change.</summary>
    public static ChangeSelection All { get; } = new(null, null, false);

    /// <summary>The listed changes.</summary>
    public IReadOnlyCollection<string>? Ids { get; }

    /// <summary>With <see cref="ByAuthor"/>: the author (null is the system).</summary>
    public string? AuthorId { get; }

    /// <summary>Whether this selects by author.</summary>
    public bool ByAuthor { get; }

    /// <summary>The changes with these ids.</summary>
    public static ChangeSelection Only(IReadOnlyCollection<string> ids) => new(ids, null, false);

    /// <summary>Every change <paramref name="authorId"/> took part in (null: the system's).</summary>
    public static ChangeSelection By(string? authorId) => new(null, authorId, true);

    /// <summary>The chosen changes among the pending word changes and formatting changes.</summary>
    /// <exception cref="StaleTextException">A listed change no longer exists, or the author has none left.</exception>
    /// <remarks>Formatting changes are not credited to anyone, so choosing by author takes words only.</remarks>
    public ChosenChanges Choose(IReadOnlyList<(TrackedChange Change, IReadOnlyList<Contribution> Contributions)> pending,
        IReadOnlyList<FormatChange> formatting)
    {
        if (ByAuthor)
        {
            var theirs = pending.Where(p => p.Contributions.Any(c => c.AuthorId == AuthorId)).Select(p => p.Change).ToList();
            return theirs.Count > 0 ? new ChosenChanges(theirs, []) : throw new StaleTextException("That author has no pending changes now; the list has been reloaded.");
        }

        if (Ids is null)
        {
            return new ChosenChanges(pending.Select(p => p.Change).ToList(), formatting);
        }

        var words = pending.Select(p => p.Change).Where(c => Ids.Contains(c.Id)).ToList();
        var formats = formatting.Where(f => Ids.Contains(f.Id)).ToList();
        return words.Count + formats.Count == Ids.Distinct().Count() && Ids.Count > 0
            ? new ChosenChanges(words, formats)
            : throw new StaleTextException("That tracked change no longer exists; the list has been reloaded.");
    }
}

/// <summary>The changes a decision is about: of words, and of formatting.</summary>
/// <param name="Words">Word changes.</param>
/// <param name="Formatting">Formatting changes.</param>
public sealed record ChosenChanges(IReadOnlyList<TrackedChange> Words, IReadOnlyList<FormatChange> Formatting)
{
    /// <summary>How many changes are chosen.</summary>
    public int Count => Words.Count + Formatting.Count;
}

using Editorial.Domain.Diff;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// A save based on an older revision changed the same words as a save made meanwhile. Nothing was
/// saved; the user chooses per conflict, then saves the result on <see cref="CurrentRevisionNumber"/>.
/// </summary>
public sealed class MergeConflictException(MergeResult body, TitleConflict? title, int currentRevisionNumber)
    : Exception($"Your changes overlap with changes saved meanwhile (revision {currentRevisionNumber}): choose which wording to keep for each.")
{
    /// <summary>The body merge, with its conflicts and the agreed text around them.</summary>
    public MergeResult Body { get; } = body;

    /// <summary>Both sides changed the title differently; null otherwise.</summary>
    public TitleConflict? Title { get; } = title;

    /// <summary>The revision the resolved text must be saved on.</summary>
    public int CurrentRevisionNumber { get; } = currentRevisionNumber;
}

/// <summary>Both sides changed the title to different words.</summary>
public sealed record TitleConflict(string Original, string Mine, string Theirs);

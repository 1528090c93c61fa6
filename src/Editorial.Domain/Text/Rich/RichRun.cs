namespace Editorial.Domain.Text.Rich;

/// <summary>A stretch of a block's text with one formatting.</summary>
/// <param name="Start">Where it starts in the reading text (UTF-16 offset).</param>
/// <param name="Text">The words, without markup; never empty and never holding a line break.</param>
/// <param name="Style">Bold and italic.</param>
/// <param name="Href">The link target (http, https or mailto: see <see cref="LinkTarget"/>), or null.</param>
public sealed record RichRun(int Start, string Text, RunStyle Style, string? Href)
{
    /// <summary>Offset just past the run's last character.</summary>
    public int End => Start + Text.Length;

    /// <summary>Whether <paramref name="other"/> is formatted the same, so the two can be one run.</summary>
    public bool SameFormatAs(RichRun other) => Style == other.Style && Href == other.Href;
}

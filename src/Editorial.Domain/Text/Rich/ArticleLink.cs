namespace Editorial.Domain.Text.Rich;

/// <summary>A link in an article: its words, where it points, and the paragraph (or heading, or item) it is in.</summary>
/// <param name="Text">The linked words.</param>
/// <param name="Href">Where it points (http, https or mailto: <see cref="LinkTarget"/>).</param>
/// <param name="Start">Where the words start in the reading text.</param>
/// <param name="End">Just past them.</param>
/// <param name="BlockStart">Where its text block starts in the reading text.</param>
/// <param name="BlockEnd">Just past its text block.</param>
public sealed record ArticleLink(string Text, string Href, int Start, int End, int BlockStart, int BlockEnd)
{
    /// <summary>
    /// Whether words at [<paramref name="start"/>, <paramref name="end"/>) are near this link: in the same
    /// paragraph, heading or list item, or running into it (a claim and the link that sources it).
    /// </summary>
    public bool IsNear(int start, int end) => start < BlockEnd && end > BlockStart;

    /// <summary>Whether a claim's source can point here (a source is a web page: http or https).</summary>
    public bool IsWebPage => Href.StartsWith("http", StringComparison.Ordinal);
}

using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;

namespace Editorial.Domain.Articles;

/// <summary>
/// What a new <see cref="Baseline"/> holds: the accepted reading text (what the word diff compares)
/// and, for a formatted text, its canonical Markdown (what formatting changes are measured from).
/// </summary>
/// <param name="ReadingText">The accepted words.</param>
/// <param name="Markdown">The accepted formatted body, or null for plain text.</param>
public sealed record AcceptedText(string ReadingText, string? Markdown)
{
    /// <summary>The body's format.</summary>
    public BodyFormat Format => Markdown is null ? BodyFormat.PlainText : BodyFormat.Markdown;

    /// <summary>An accepted plain text.</summary>
    public static AcceptedText Plain(string body) => new(body, null);

    /// <summary>An accepted formatted text (canonical, as <paramref name="document"/> writes itself).</summary>
    public static AcceptedText Formatted(RichDocument document) => new(document.ReadingText, document.ToMarkdown());
}

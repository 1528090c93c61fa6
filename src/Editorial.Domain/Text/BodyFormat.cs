namespace Editorial.Domain.Text;

/// <summary>How a stored body is written (docs/architecture.md §4).</summary>
public enum BodyFormat
{
    /// <summary>Plain text, one paragraph per line: every revision saved before rich text, and imports.</summary>
    PlainText = 0,

    /// <summary>The canonical CommonMark subset the editor writes (see <see cref="Rich.MarkdownWriter"/>).</summary>
    Markdown = 1,
}

namespace Editorial.Domain.Text;

/// <summary>A paragraph of a body, with where it starts (a UTF-16 offset into the body).</summary>
/// <param name="Start">Offset of the first character in the normalized body.</param>
/// <param name="Text">The paragraph's text, without line breaks.</param>
public sealed record Paragraph(int Start, string Text)
{
    /// <summary>Offset just past the paragraph's last character.</summary>
    public int End => Start + Text.Length;
}

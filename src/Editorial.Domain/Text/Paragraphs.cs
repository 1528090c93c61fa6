namespace Editorial.Domain.Text;

/// <summary>Splits a normalized body into paragraphs, the unit the page renders and the diff
/// compares first.</summary>
/// <remarks>
/// As docs/architecture.md §4 says (a departure from the first plan, "paragraphs separated by a blank
/// line"): every non-empty line is a paragraph, and blank lines are only spacing. Newsroom copy, including the sample article the
/// product ships, puts one paragraph per line; splitting on blank lines would render it as two
/// walls of text. Offsets are kept so that anchors can point into the rendered paragraphs.
/// </remarks>
public static class Paragraphs
{
    /// <summary>The non-empty lines of <paramref name="body"/>, in order, with their offsets.</summary>
    public static IReadOnlyList<Paragraph> Split(string body)
    {
        var result = new List<Paragraph>();
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0)
            {
                end = body.Length;
            }

            if (end > start)
            {
                result.Add(new Paragraph(start, body[start..end]));
            }

            start = end + 1;
        }

        return result;
    }
}

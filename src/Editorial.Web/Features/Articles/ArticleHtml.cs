using System.Net;
using System.Text;
using Editorial.Domain.Text.Rich;
using Ganss.Xss;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// An article body as HTML for whatever leaves the server (the API's <c>html</c>, exports): the same
/// elements the article page draws (ArticleBody.razor), every character of text escaped, every link an
/// http, https or mailto address, and the result passed through HtmlSanitizer with an allow-list of
/// exactly those elements, so that even a mistake here cannot send script to a reader. As on the page,
/// the text between blocks is written out, so the HTML's text is the reading text and W3C selectors
/// anchor in it.
/// </summary>
public static class ArticleHtml
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The body's HTML.</summary>
    public static string Render(RichDocument document)
    {
        var html = new StringBuilder();
        var end = 0;
        void Blocks(IEnumerable<RichBlock> blocks)
        {
            foreach (var block in blocks)
            {
                if (block.IsTextBlock)
                {
                    html.Append(WebUtility.HtmlEncode(document.ReadingText[end..block.Start]));
                    var tag = block.Kind switch { RichBlockKind.Heading => "h2", RichBlockKind.Subheading => "h3", _ => "p" };
                    html.Append('<').Append(tag).Append('>');
                    Runs(html, block.Runs);
                    html.Append("</").Append(tag).Append('>');
                    end = block.Start + block.Text.Length;
                    continue;
                }

                var (open, close) = block.Kind switch
                {
                    RichBlockKind.Quote => ("<blockquote>", "</blockquote>"),
                    RichBlockKind.BulletedList => ("<ul>", "</ul>"),
                    RichBlockKind.NumberedList => (block.FirstNumber == 1 ? "<ol>" : $"<ol start=\"{block.FirstNumber}\">", "</ol>"),
                    _ => ("<li>", "</li>"),
                };
                html.Append(open);
                Blocks(block.Children);
                html.Append(close);
            }
        }

        Blocks(document.Blocks);
        return Sanitizer.Sanitize(html.ToString());
    }

    private static void Runs(StringBuilder html, IReadOnlyList<RichRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Href is not null)
            {
                html.Append("<a href=\"").Append(WebUtility.HtmlEncode(run.Href)).Append("\" rel=\"noopener noreferrer nofollow\">");
            }

            if (run.Style.HasFlag(RunStyle.Bold))
            {
                html.Append("<strong>");
            }

            if (run.Style.HasFlag(RunStyle.Italic))
            {
                html.Append("<em>");
            }

            html.Append(WebUtility.HtmlEncode(run.Text));
            html.Append(run.Style.HasFlag(RunStyle.Italic) ? "</em>" : string.Empty)
                .Append(run.Style.HasFlag(RunStyle.Bold) ? "</strong>" : string.Empty)
                .Append(run.Href is not null ? "</a>" : string.Empty);
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "h2", "h3", "blockquote", "ul", "ol", "li", "strong", "em", "a"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "rel", "start"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        });
        return sanitizer;
    }
}

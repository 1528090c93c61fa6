using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Editorial.Web.Features.Claims;

/// <summary>
/// A readable, printable fact-check report of an article (HTML): the summary, then each claim with
/// its words, claimant, status, verdict and sources. Every piece of user text is HTML-encoded; only
/// http and https source addresses exist (the domain refuses others), and links open without
/// handing the report to the source (rel="noopener noreferrer").
/// </summary>
public static class FactCheckReport
{
    /// <summary>The report as a standalone HTML page.</summary>
    public static string Html(ClaimsView claims, string articleTitle, string articleUrl, DateTime generatedAt)
    {
        var e = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fact-check report: ")
            .Append(e.Encode(articleTitle)).Append("</title><style>")
            .Append("body{font-family:Georgia,serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}")
            .Append("h1{font-size:1.6rem}.claim{border-top:1px solid #ccc;padding:.75rem 0;break-inside:avoid}")
            .Append("blockquote{margin:.25rem 0;padding-left:.75rem;border-left:3px solid #999;font-style:italic}")
            .Append(".status{font-weight:bold}.meta{color:#555;font-size:.9rem}@media print{a{color:inherit}}")
            .Append("</style></head><body>");
        html.Append("<h1>Fact-check report: ").Append(e.Encode(articleTitle)).Append("</h1>");
        html.Append("<p class=\"meta\">Article: <a href=\"").Append(e.Encode(articleUrl)).Append("\">").Append(e.Encode(articleUrl)).Append("</a> · revision ")
            .Append(claims.RevisionNumber.ToString(CultureInfo.InvariantCulture)).Append(" · generated ")
            .Append(generatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)).Append("</p>");
        html.Append("<p><strong>").Append(e.Encode(claims.Summary)).Append("</strong></p>");
        foreach (var claim in claims.Claims)
        {
            html.Append("<section class=\"claim\" id=\"claim-").Append(claim.Id).Append("\">");
            html.Append("<blockquote>").Append(e.Encode(claim.Anchor.Quote.Exact)).Append("</blockquote>");
            html.Append("<p><span class=\"status\">").Append(e.Encode(claim.StatusLabel))
                .Append("</span>");
            if (claim.Claimant.Length > 0)
            {
                html.Append(" · claimed by ").Append(e.Encode(claim.Claimant));
            }

            html.Append("</p>");
            if (claim.Verdict.Length > 0)
            {
                html.Append("<p>").Append(e.Encode(claim.Verdict)).Append("</p>");
            }

            if (claim.DismissedReason is { } reason)
            {
                html.Append("<p>Dismissed: ").Append(e.Encode(reason)).Append("</p>");
            }

            if (claim.CheckedWording.Length > 0 && claim.CheckedWording != claim.Anchor.Quote.Exact)
            {
                html.Append("<p class=\"meta\">Checked on the wording “").Append(e.Encode(claim.CheckedWording)).Append("”.</p>");
            }

            if (claim.Sources.Count > 0)
            {
                html.Append("<ul>");
                foreach (var source in claim.Sources)
                {
                    html.Append("<li><a rel=\"noopener noreferrer\" href=\"").Append(e.Encode(source.Url)).Append("\">")
                        .Append(e.Encode(source.Title.Length > 0 ? source.Title : source.Url)).Append("</a>");
                    if (source.Publisher.Length > 0)
                    {
                        html.Append(", ").Append(e.Encode(source.Publisher));
                    }

                    html.Append(" (accessed ").Append(source.AccessedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(')');
                    if (source.Note.Length > 0)
                    {
                        html.Append(" — ").Append(e.Encode(source.Note));
                    }

                    html.Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("<p class=\"meta\">Flagged by ").Append(e.Encode(claim.CreatedBy.Name));
            if (claim.StatusSetBy is { } checker && claim.StatusSetAt is { } at)
            {
                html.Append("; status set by ").Append(e.Encode(checker.Name)).Append(" on ").Append(at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            html.Append(".</p></section>");
        }

        return html.Append("</body></html>").ToString();
    }
}

using System.Text.Json.Serialization;
using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;

namespace Editorial.Web.Features.Articles;

/// <summary>An article with its current text, as the article page and the editor show it.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Slug">URL name.</param>
/// <param name="Title">Current title.</param>
/// <param name="Byline">Who it is by.</param>
/// <param name="Stage">Workflow stage name.</param>
/// <param name="Body">Current normalized body, as stored (canonical Markdown for rich text).</param>
/// <param name="RevisionNumber">Number of the current revision; the base of the next save.</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="LastEditedBy">Who made the current revision; null when the system imported it.</param>
/// <param name="RevisionSavedAt">When the current revision was saved (UTC): the time that goes with <paramref name="LastEditedBy"/>,
/// where <paramref name="UpdatedAt"/> also moves with comments, claims and sign-offs.</param>
/// <param name="CanEdit">Whether this user may edit the text now (the domain's <c>Eligibility</c>).</param>
/// <param name="EditRefusal">For someone who edits but may not now, why (the stage makes the text read-only); otherwise null.</param>
/// <param name="Format">How <paramref name="Body"/> is written.</param>
/// <param name="Text">The reading text (docs/architecture.md §4): the words without markup, which every offset of a
/// comment, claim or selection points into.</param>
/// <param name="LogHead">
/// Where the article's log ended when this was read (its last entry's sequence), in the same statement as the
/// text: a page that reads everything else after it has every change up to there (<see cref="SeenChanges"/>).
/// Not part of the API's answer.
/// </param>
public sealed record ArticleDetails(Guid Id, string Slug, string Title, string Byline, string Stage,
    string Body, int RevisionNumber, DateTime UpdatedAt, string? LastEditedBy, DateTime RevisionSavedAt, bool CanEdit, string? EditRefusal = null,
    [property: JsonIgnore] long LogHead = 0, BodyFormat Format = BodyFormat.PlainText, string? Text = null)
{
    /// <summary>The reading text (<paramref name="Text"/>, or the plain body itself).</summary>
    [JsonIgnore]
    public string ReadingText => Text ?? Body;

    /// <summary>
    /// The body as HTML, escaped and sanitized (<see cref="ArticleHtml"/>), for API clients; rendered only when
    /// read, which the article page never does (it draws the document itself).
    /// </summary>
    public string Html => ArticleHtml.Render(ReadDocument());

    /// <summary>The body as a formatted document (read on each call: ask once per render).</summary>
    public RichDocument ReadDocument() => RichDocument.Read(Format, Body);

    /// <summary>
    /// The body as Markdown for the rich editor: a plain-text revision as paragraphs, escaped (its first save
    /// is Markdown; docs/architecture.md §4).
    /// </summary>
    public string EditableMarkdown() => Format == BodyFormat.Markdown ? Body : RichDocument.FromPlainText(Body).ToMarkdown();
}

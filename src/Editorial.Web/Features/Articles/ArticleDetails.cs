using System.Text.Json.Serialization;

namespace Editorial.Web.Features.Articles;

/// <summary>An article with its current text, as the article page and the editor show it.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Slug">URL name.</param>
/// <param name="Title">Current title.</param>
/// <param name="Byline">Who it is by.</param>
/// <param name="Stage">Workflow stage name.</param>
/// <param name="Body">Current normalized body.</param>
/// <param name="RevisionNumber">Number of the current revision; the base of the next save.</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="LastEditedBy">Who made the current revision; null when the system imported it.</param>
/// <param name="RevisionSavedAt">When the current revision was saved (UTC): the time that goes with <paramref name="LastEditedBy"/>,
/// where <paramref name="UpdatedAt"/> also moves with comments, claims and sign-offs.</param>
/// <param name="CanEdit">Whether this user may edit the text now (the domain's <c>Eligibility</c>).</param>
/// <param name="EditRefusal">For someone who edits but may not now, why (the stage makes the text read-only); otherwise null.</param>
/// <param name="LogHead">
/// Where the article's log ended when this was read (its last entry's sequence), in the same statement as the
/// text: a page that reads everything else after it has every change up to there (<see cref="SeenChanges"/>).
/// Not part of the API's answer.
/// </param>
public sealed record ArticleDetails(Guid Id, string Slug, string Title, string Byline, string Stage,
    string Body, int RevisionNumber, DateTime UpdatedAt, string? LastEditedBy, DateTime RevisionSavedAt, bool CanEdit, string? EditRefusal = null,
    [property: JsonIgnore] long LogHead = 0);

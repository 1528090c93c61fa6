namespace Editorial.Web.Features.Claims;

/// <summary>A source as typed into the claim card, before the server checks it.</summary>
/// <param name="Id">Chosen when the user began the source, so that adding it again after a dropped connection cannot add it twice.</param>
public sealed record SourceDraft(string Url, string Title, string Publisher, DateOnly AccessedOn, string Note, Guid Id);

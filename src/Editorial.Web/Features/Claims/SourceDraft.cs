namespace Editorial.Web.Features.Claims;

/// <summary>A source as typed into the claim card, before the server checks it.</summary>
public sealed record SourceDraft(string Url, string Title, string Publisher, DateOnly AccessedOn, string Note);

using System.Security.Claims;
using Editorial.Web.Features.Suggestions;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Editorial.Web.Api;

/// <summary>Suggestions over the API: list them, propose text, accept or reject one (409 when the view is stale).</summary>
public static class SuggestionEndpoints
{
    /// <summary>The caller's proposed text.</summary>
    /// <param name="Body">The whole proposed body, canonical Markdown (the caller's copy of the article with their changes).</param>
    /// <param name="BaseRevisionNumber">The revision it was written on (an older one is moved onto the current text).</param>
    public sealed record ProposalRequest(string? Body, int BaseRevisionNumber);

    /// <summary>What a proposal answers: the revision it is now on, and the proposal as kept there.</summary>
    /// <param name="RevisionNumber">The revision.</param>
    /// <param name="Body">The proposal, canonical Markdown (moved onto the current text when it was written on an older one).</param>
    public sealed record ProposalResponse(int RevisionNumber, string Body);

    /// <summary>A decision on one suggestion.</summary>
    /// <param name="SuggesterId">Whose suggestion.</param>
    /// <param name="RevisionNumber">The revision the caller's list was made on.</param>
    public sealed record SuggestionDecision(string SuggesterId, int RevisionNumber);

    /// <summary>A decision on many suggestions.</summary>
    /// <param name="SuggesterId">Only this person's; null or absent for everyone's.</param>
    /// <param name="RevisionNumber">The revision the caller's list was made on.</param>
    public sealed record BulkDecision(string? SuggesterId, int RevisionNumber);

    /// <summary>Maps <c>/api/articles/{id}/suggestions</c>.</summary>
    public static IEndpointRouteBuilder MapSuggestionsApi(this IEndpointRouteBuilder endpoints)
    {
        var suggestions = endpoints.MapGroup("/api/articles/{id:guid}/suggestions").RequireAuthorization(Policies.ReadArticles).WithTags("Suggestions")
            .WithEditorialProblems();

        suggestions.MapGet("/", ListAsync).WithName("ListSuggestions").WithSummary("The open suggestions on the current text.");
        suggestions.MapPut("/mine", ProposeAsync).WithName("Propose").WithSummary("Keeps the caller's proposed text; its differences are their suggestions.");
        suggestions.MapPost("/accept", AcceptAllAsync).WithName("AcceptAllSuggestions")
            .WithSummary("Accepts every open suggestion of suggesterId, or of everyone (Editors): one revision per suggester.");
        suggestions.MapPost("/reject", RejectAllAsync).WithName("RejectAllSuggestions")
            .WithSummary("Rejects every open suggestion of suggesterId, or of everyone (Editors).");
        suggestions.MapPost("/{suggestionId}/accept", AcceptAsync).WithName("AcceptSuggestion").WithSummary("Takes a suggestion into the text (Editors).");
        suggestions.MapPost("/{suggestionId}/reject", RejectAsync).WithName("RejectSuggestion")
            .WithSummary("Rejects a suggestion (Editors), or withdraws it (its suggester).");
        return endpoints;
    }

    private static async Task<Ok<SuggestionsView>> ListAsync(ClaimsPrincipal user, SuggestionService service, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(user, id, ct));

    private static async Task<Ok<ProposalResponse>> ProposeAsync(ClaimsPrincipal user, SuggestionService service, Guid id, ProposalRequest request,
        CancellationToken ct)
    {
        var (revision, _, body) = await service.ProposeAsync(user, id, request.BaseRevisionNumber, request.Body, ct);
        return TypedResults.Ok(new ProposalResponse(revision, body));
    }

    private static async Task<Ok<SuggestionsView>> AcceptAllAsync(ClaimsPrincipal user, SuggestionService service, Guid id, BulkDecision request,
        CancellationToken ct)
    {
        await service.DecideAllAsync(user, id, request.SuggesterId, accept: true, request.RevisionNumber, ct);
        return TypedResults.Ok(await service.ListAsync(user, id, ct));
    }

    private static async Task<Ok<SuggestionsView>> RejectAllAsync(ClaimsPrincipal user, SuggestionService service, Guid id, BulkDecision request,
        CancellationToken ct)
    {
        await service.DecideAllAsync(user, id, request.SuggesterId, accept: false, request.RevisionNumber, ct);
        return TypedResults.Ok(await service.ListAsync(user, id, ct));
    }

    private static async Task<Ok<SuggestionsView>> AcceptAsync(ClaimsPrincipal user, SuggestionService service, Guid id, string suggestionId,
        SuggestionDecision request, CancellationToken ct)
    {
        await service.AcceptAsync(user, id, request.SuggesterId, suggestionId, request.RevisionNumber, ct);
        return TypedResults.Ok(await service.ListAsync(user, id, ct));
    }

    private static async Task<Ok<SuggestionsView>> RejectAsync(ClaimsPrincipal user, SuggestionService service, Guid id, string suggestionId,
        SuggestionDecision request, CancellationToken ct)
    {
        await service.RejectAsync(user, id, request.SuggesterId, suggestionId, request.RevisionNumber, ct);
        return TypedResults.Ok(await service.ListAsync(user, id, ct));
    }
}

using System.Security.Claims;
using Editorial.Domain.Workflow;
using Editorial.Web.Features.Workflow;
using Editorial.Web.Security;

namespace Editorial.Web.Api;

/// <summary>
/// The workflow API: where an article stands and the actions on it. The service authorizes every
/// call; errors are problem+json (403 wrong role, 409 conflict or changed text, 422 rule refused).
/// </summary>
public static class WorkflowEndpoints
{
    /// <summary>A transition performed through the API.</summary>
    /// <param name="Reason">Why, where the transition needs a reason.</param>
    public sealed record PerformRequest(string? Reason);

    /// <summary>A sign-off given through the API.</summary>
    /// <param name="Transition">The sign-off transition ("approve").</param>
    /// <param name="Role">The one role to sign in.</param>
    /// <param name="Decision">Approve or RequestChanges.</param>
    /// <param name="Comment">The reviewer's comment (required to request changes).</param>
    /// <param name="RevisionNumber">The revision the reviewer read; a newer current text gives 409.</param>
    public sealed record SignOffRequest(string Transition, string Role, SignOffDecision Decision, string? Comment, int RevisionNumber);

    /// <summary>An assignment made through the API; nulls clear.</summary>
    /// <param name="FactCheckerId">User id of the fact-checker.</param>
    /// <param name="ManagerId">User id of the manager.</param>
    /// <param name="DueAt">Due time (UTC).</param>
    public sealed record AssignRequest(string? FactCheckerId, string? ManagerId, DateTime? DueAt);

    /// <summary>Maps <c>/api/articles/{id}/workflow</c>, its actions, sign-offs and audit log.</summary>
    public static IEndpointRouteBuilder MapWorkflowApi(this IEndpointRouteBuilder endpoints)
    {
        var article = endpoints.MapGroup("/api/articles/{id:guid}").RequireAuthorization(Policies.ReadArticles).WithTags("Workflow");

        article.MapGet("/workflow", async (ClaimsPrincipal user, WorkflowService workflow, Guid id, CancellationToken ct) =>
            TypedResults.Ok(await workflow.GetAsync(user, id, ct)));

        // Everything the caller may do to the article now: the domain's one answer, which the buttons
        // and the server's own checks also use, so a script can ask before it acts.
        article.MapGet("/actions", async (ClaimsPrincipal user, WorkflowService workflow, Guid id, CancellationToken ct) =>
                TypedResults.Ok((await workflow.GetAsync(user, id, ct)).Actions))
            .WithName("PossibleActions");

        article.MapPost("/workflow/{transition}", async (ClaimsPrincipal user, WorkflowService workflow, Guid id, string transition,
                PerformRequest? request, CancellationToken ct) =>
            TypedResults.Ok(await workflow.PerformAsync(user, id, transition, request?.Reason, ct)));

        article.MapPost("/sign-offs", async (ClaimsPrincipal user, WorkflowService workflow, Guid id, SignOffRequest request, CancellationToken ct) =>
            TypedResults.Ok(await workflow.SignOffAsync(user, id, request.Transition, request.Role, request.Decision, request.Comment,
                request.RevisionNumber, ct)));

        article.MapPost("/assignment", async (ClaimsPrincipal user, WorkflowService workflow, Guid id, AssignRequest request, CancellationToken ct) =>
            TypedResults.Ok(await workflow.AssignAsync(user, id, request.FactCheckerId, request.ManagerId,
                request.DueAt?.ToUniversalTime(), ct)));

        article.MapGet("/audit", async (ClaimsPrincipal user, WorkflowService workflow, Guid id, CancellationToken ct) =>
            TypedResults.Ok(await workflow.TimelineAsync(user, id, ct)));

        // headSequence and headHash are worth recording outside the database: passed back later as
        // ?sequence=&hash=, they reveal entries removed from the end, which the chain alone cannot.
        article.MapGet("/audit/verify", async (ClaimsPrincipal user, WorkflowService workflow, Guid id, long? sequence, string? hash,
            CancellationToken ct) =>
        {
            var result = await workflow.VerifyAsync(user, id, ChainVerificationResponse.CheckpointFrom(sequence, hash), ct);
            return TypedResults.Ok(ChainVerificationResponse.From(result));
        });

        return endpoints;
    }
}

using System.Security.Claims;
using Editorial.Domain.Workflow;
using Editorial.Web.Features.Workflow;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

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

    /// <summary>An embargo set through the API.</summary>
    /// <param name="PublishAt">When the approved article may be handed off (UTC); null lifts the embargo.</param>
    public sealed record EmbargoRequest(DateTime? PublishAt);

    /// <summary>Maps <c>/api/articles/{id}/workflow</c>, its actions, sign-offs and audit log.</summary>
    public static IEndpointRouteBuilder MapWorkflowApi(this IEndpointRouteBuilder endpoints)
    {
        var article = endpoints.MapGroup("/api/articles/{id:guid}").RequireAuthorization(Policies.ReadArticles).WithTags("Workflow")
            .WithEditorialProblems();

        article.MapGet("/workflow", GetWorkflowAsync).WithName("GetWorkflow")
            .WithSummary("Where the article stands and what each move out of its stage needs.");
        article.MapGet("/actions", GetPossibleActionsAsync).WithName("PossibleActions")
            .WithSummary("Everything the caller may do to the article now.");
        article.MapPost("/workflow/{transition}", PerformAsync).WithName("PerformTransition").WithSummary("Moves the article on by a transition.");
        article.MapPost("/sign-offs", SignOffAsync).WithName("SignOff").WithSummary("Signs off the revision read in one role.");
        article.MapPost("/assignment", AssignAsync).WithName("Assign").WithSummary("Assigns the fact-checker, the manager and the due time.");
        article.MapPut("/embargo", SetEmbargoAsync).WithName("SetEmbargo").WithSummary("Sets (or, with null, lifts) the embargo (Managers).");
        article.MapGet("/approved", GetApprovedAsync).WithName("GetApproved")
            .WithSummary("The publication handoff of the approved article; 409 if it is not approved or an embargo holds it.");
        article.MapGet("/audit", GetAuditTimelineAsync).WithName("GetAuditTimeline").WithSummary("The article's audit log, as a timeline.");
        article.MapGet("/audit/verify", VerifyAuditAsync).WithName("VerifyAudit").WithSummary("Checks the article's audit chain.");
        return endpoints;
    }

    private static async Task<Ok<WorkflowView>> GetWorkflowAsync(ClaimsPrincipal user, WorkflowService workflow, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await workflow.GetAsync(user, id, cancellationToken: ct));

    // The domain's one answer, which the buttons and the server's own checks also use, so a script can ask before it acts.
    private static async Task<Ok<IReadOnlyList<PossibleAction>>> GetPossibleActionsAsync(ClaimsPrincipal user, WorkflowService workflow, Guid id,
        CancellationToken ct) =>
        TypedResults.Ok((await workflow.GetAsync(user, id, cancellationToken: ct)).Actions);

    private static async Task<Ok<WorkflowView>> PerformAsync(ClaimsPrincipal user, WorkflowService workflow, Guid id, string transition,
        PerformRequest? request, CancellationToken ct) =>
        TypedResults.Ok(await workflow.PerformAsync(user, id, transition, request?.Reason, ct));

    private static async Task<Ok<WorkflowView>> SignOffAsync(ClaimsPrincipal user, WorkflowService workflow, Guid id, SignOffRequest request,
        CancellationToken ct) =>
        TypedResults.Ok(await workflow.SignOffAsync(user, id, request.Transition, request.Role, request.Decision, request.Comment,
            request.RevisionNumber, ct));

    private static async Task<Ok<WorkflowView>> AssignAsync(ClaimsPrincipal user, WorkflowService workflow, Guid id, AssignRequest request,
        CancellationToken ct) =>
        TypedResults.Ok(await workflow.AssignAsync(user, id, request.FactCheckerId, request.ManagerId, request.DueAt?.ToUniversalTime(), ct));

    private static async Task<Ok<WorkflowView>> SetEmbargoAsync(ClaimsPrincipal user, WorkflowService workflow, Guid id, EmbargoRequest request,
        CancellationToken ct) =>
        TypedResults.Ok(await workflow.SetEmbargoAsync(user, id, request.PublishAt, ct));

    // Never the text of a revision that is not the approved one; while embargoed, a 409 with Retry-After.
    private static async Task<Ok<System.Text.Json.Nodes.JsonObject>> GetApprovedAsync(ClaimsPrincipal user,
        Features.Publication.HandoffService handoff, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await handoff.GetAsync(user, id, ct));

    private static async Task<Ok<IReadOnlyList<TimelineEntry>>> GetAuditTimelineAsync(ClaimsPrincipal user, WorkflowService workflow, Guid id,
        CancellationToken ct) =>
        TypedResults.Ok(await workflow.TimelineAsync(user, id, cancellationToken: ct));

    // headSequence and headHash are worth recording outside the database: passed back later as
    // ?sequence=&hash=, they reveal entries removed from the end, which the chain alone cannot.
    private static async Task<Ok<ChainVerificationResponse>> VerifyAuditAsync(ClaimsPrincipal user, WorkflowService workflow, Guid id,
        long? sequence, string? hash, CancellationToken ct)
    {
        var result = await workflow.VerifyAsync(user, id, ChainVerificationResponse.CheckpointFrom(sequence, hash), ct);
        return TypedResults.Ok(ChainVerificationResponse.From(result));
    }
}

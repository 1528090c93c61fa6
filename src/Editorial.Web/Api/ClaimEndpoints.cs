using System.Security.Claims;
using Editorial.Domain.Claims;
using Editorial.Web.Features.Claims;
using Editorial.Web.Hosting;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Editorial.Web.Api;

/// <summary>Claims over the API: list, flag, describe, status and verdict, sources, dismiss, re-attach, candidates, ClaimReview and report.</summary>
public static class ClaimEndpoints
{
    /// <summary>A claim on a selection of the body at a revision (UTF-16 offsets).</summary>
    public sealed record FlagRequest(int RevisionNumber, int Start, int End, string? Claimant);

    /// <summary>Claimant, notes and assignee.</summary>
    public sealed record DescribeRequest(string? Claimant, string? Notes, string? AssigneeId);

    /// <summary>A status and verdict, given on the claim as seen at <paramref name="Version"/>.</summary>
    public sealed record StatusRequest(ClaimStatus Status, string? Verdict, int Version);

    /// <summary>A source.</summary>
    public sealed record SourceRequest(string? Url, string? Title, string? Publisher, DateOnly AccessedOn, string? Note);

    /// <summary>A dismissal.</summary>
    public sealed record DismissRequest(string? Reason);

    /// <summary>A new selection for a claim.</summary>
    public sealed record ReattachRequest(int RevisionNumber, int Start, int End);

    /// <summary>What flagging a claim answers.</summary>
    /// <param name="Id">The new claim.</param>
    public sealed record FlagResponse(Guid Id);

    /// <summary>Maps <c>/api/articles/{id}/claims</c>.</summary>
    public static IEndpointRouteBuilder MapClaimApi(this IEndpointRouteBuilder endpoints)
    {
        var claims = endpoints.MapGroup("/api/articles/{id:guid}/claims").RequireAuthorization(Policies.ReadArticles).WithTags("Claims")
            .WithEditorialProblems();

        claims.MapGet("/", ListClaimsAsync).WithName("ListClaims").WithSummary("Lists the article's claims.");
        claims.MapGet("/candidates", ListCandidatesAsync).WithName("ListClaimCandidates")
            .WithSummary("Sentences in the body that look like checkable claims.");
        claims.MapGet("/claim-review", ExportClaimReviewsAsync).WithName("ExportClaimReviews")
            .WithSummary("Exports the resolved claims as schema.org ClaimReview.")
            .Produces<string>(StatusCodes.Status200OK, contentType: "application/ld+json");
        claims.MapGet("/report", GetReportAsync).WithName("GetClaimReport").WithSummary("The fact-check report as a sandboxed HTML page.")
            .Produces<string>(StatusCodes.Status200OK, contentType: "text/html");
        claims.MapPost("/", FlagAsync).WithName("FlagClaim").WithSummary("Flags a claim on a selection of the body.");
        claims.MapPut("/{claimId:guid}", DescribeAsync).WithName("DescribeClaim").WithSummary("Sets a claim's claimant, notes and assignee.");
        claims.MapPost("/{claimId:guid}/status", SetStatusAsync).WithName("SetClaimStatus").WithSummary("Sets a claim's status and verdict.");
        claims.MapPost("/{claimId:guid}/sources", AddSourceAsync).WithName("AddClaimSource").WithSummary("Adds a source to a claim.");
        claims.MapDelete("/{claimId:guid}/sources/{sourceId:guid}", RemoveSourceAsync).WithName("RemoveClaimSource")
            .WithSummary("Removes a source from a claim.");
        claims.MapPost("/{claimId:guid}/dismiss", DismissAsync).WithName("DismissClaim").WithSummary("Dismisses a claim, with a reason.");
        claims.MapPost("/{claimId:guid}/reattach", ReattachAsync).WithName("ReattachClaim")
            .WithSummary("Moves a claim to a new selection of the body.");
        return endpoints;
    }

    private static async Task<Ok<ClaimsView>> ListClaimsAsync(ClaimsPrincipal user, ClaimService service, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(user, id, cancellationToken: ct));

    private static async Task<Ok<ClaimCandidates>> ListCandidatesAsync(ClaimsPrincipal user, ClaimService service, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await service.CandidatesAsync(user, id, ct));

    private static async Task<ContentHttpResult> ExportClaimReviewsAsync(PublicAddress address, ClaimsPrincipal user, ClaimService service, Guid id,
        CancellationToken ct) =>
        TypedResults.Text((await service.ClaimReviewsAsync(user, id, address.BaseUrl, ct)).ToJsonString(), "application/ld+json");

    // HTML built from user text, opened on its own: served sandboxed, with no script allowed at all.
    private static async Task<ContentHttpResult> GetReportAsync(HttpContext http, PublicAddress address, ClaimsPrincipal user, ClaimService service,
        Guid id, CancellationToken ct)
    {
        var html = await service.ReportAsync(user, id, address.BaseUrl, ct);
        http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.SandboxedDocumentPolicy;
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<Created<FlagResponse>> FlagAsync(ClaimsPrincipal user, ClaimService service, Guid id, FlagRequest request,
        CancellationToken ct)
    {
        var created = await service.FlagAsync(user, id, request.RevisionNumber, request.Start, request.End, request.Claimant, ct);
        return TypedResults.Created($"/api/articles/{id}/claims/{created}", new FlagResponse(created));
    }

    private static async Task<NoContent> DescribeAsync(ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId, DescribeRequest request,
        CancellationToken ct)
    {
        await service.DescribeAsync(user, id, claimId, request.Claimant, request.Notes, request.AssigneeId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetStatusAsync(ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId, StatusRequest request,
        CancellationToken ct)
    {
        await service.SetStatusAsync(user, id, claimId, request.Status, request.Verdict, request.Version, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> AddSourceAsync(ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId, SourceRequest request,
        CancellationToken ct)
    {
        await service.AddSourceAsync(user, id, claimId, request.Url, request.Title, request.Publisher, request.AccessedOn, request.Note, cancellationToken: ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RemoveSourceAsync(ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId, Guid sourceId,
        CancellationToken ct)
    {
        await service.RemoveSourceAsync(user, id, claimId, sourceId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DismissAsync(ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId, DismissRequest request,
        CancellationToken ct)
    {
        await service.DismissAsync(user, id, claimId, request.Reason, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReattachAsync(ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId, ReattachRequest request,
        CancellationToken ct)
    {
        await service.ReattachAsync(user, id, claimId, request.RevisionNumber, request.Start, request.End, ct);
        return TypedResults.NoContent();
    }
}

using System.Security.Claims;
using Editorial.Domain.Claims;
using Editorial.Web.Features.Claims;
using Editorial.Web.Hosting;
using Editorial.Web.Security;

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

    /// <summary>Maps <c>/api/articles/{id}/claims</c>.</summary>
    public static IEndpointRouteBuilder MapClaimApi(this IEndpointRouteBuilder endpoints)
    {
        var claims = endpoints.MapGroup("/api/articles/{id:guid}/claims").RequireAuthorization(Policies.ReadArticles).WithTags("Claims");

        claims.MapGet("/", async (ClaimsPrincipal user, ClaimService service, Guid id, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(user, id, ct)));

        claims.MapGet("/candidates", async (ClaimsPrincipal user, ClaimService service, Guid id, CancellationToken ct) =>
            TypedResults.Ok(await service.CandidatesAsync(user, id, ct)));

        claims.MapGet("/claim-review", async (PublicAddress address, ClaimsPrincipal user, ClaimService service, Guid id, CancellationToken ct) =>
            Results.Text((await service.ClaimReviewsAsync(user, id, address.BaseUrl, ct)).ToJsonString(), "application/ld+json"));

        // HTML built from user text, opened on its own: served sandboxed, with no script allowed at all.
        claims.MapGet("/report", async (HttpContext http, PublicAddress address, ClaimsPrincipal user, ClaimService service, Guid id, CancellationToken ct) =>
        {
            var html = await service.ReportAsync(user, id, address.BaseUrl, ct);
            http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.SandboxedDocumentPolicy;
            return Results.Content(html, "text/html; charset=utf-8");
        });

        claims.MapPost("/", async (ClaimsPrincipal user, ClaimService service, Guid id, FlagRequest request, CancellationToken ct) =>
        {
            var created = await service.FlagAsync(user, id, request.RevisionNumber, request.Start, request.End, request.Claimant, ct);
            return TypedResults.Created($"/api/articles/{id}/claims/{created}", new { id = created });
        });

        claims.MapPut("/{claimId:guid}", async (ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId, DescribeRequest request,
            CancellationToken ct) =>
        {
            await service.DescribeAsync(user, id, claimId, request.Claimant, request.Notes, request.AssigneeId, ct);
            return TypedResults.NoContent();
        });

        claims.MapPost("/{claimId:guid}/status", async (ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId, StatusRequest request,
            CancellationToken ct) =>
        {
            await service.SetStatusAsync(user, id, claimId, request.Status, request.Verdict, request.Version, ct);
            return TypedResults.NoContent();
        });

        claims.MapPost("/{claimId:guid}/sources", async (ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId, SourceRequest request,
            CancellationToken ct) =>
        {
            await service.AddSourceAsync(user, id, claimId, request.Url, request.Title, request.Publisher, request.AccessedOn, request.Note, ct);
            return TypedResults.NoContent();
        });

        claims.MapDelete("/{claimId:guid}/sources/{sourceId:guid}", async (ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId,
            Guid sourceId, CancellationToken ct) =>
        {
            await service.RemoveSourceAsync(user, id, claimId, sourceId, ct);
            return TypedResults.NoContent();
        });

        claims.MapPost("/{claimId:guid}/dismiss", async (ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId, DismissRequest request,
            CancellationToken ct) =>
        {
            await service.DismissAsync(user, id, claimId, request.Reason, ct);
            return TypedResults.NoContent();
        });

        claims.MapPost("/{claimId:guid}/reattach", async (ClaimsPrincipal user, ClaimService service, Guid id, Guid claimId, ReattachRequest request,
            CancellationToken ct) =>
        {
            await service.ReattachAsync(user, id, claimId, request.RevisionNumber, request.Start, request.End, ct);
            return TypedResults.NoContent();
        });

        return endpoints;
    }
}

using System.Security.Claims;
using Editorial.Web.Features.Changes;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Editorial.Web.Api;

/// <summary>Tracked changes over the API: list, accept, reject (409 when the view is stale).</summary>
public static class TrackedChangesEndpoints
{
    /// <summary>A decision on tracked changes.</summary>
    /// <param name="ChangeIds">The changes decided; null or absent for all (or for all by <paramref name="AuthorId"/>).</param>
    /// <param name="RevisionNumber">The revision the caller's list was made on.</param>
    /// <param name="BaselineNumber">The baseline the caller's list was made on.</param>
    /// <param name="AuthorId">Decide every change this user took part in (cannot be combined with ids).</param>
    public sealed record DecisionRequest(IReadOnlyCollection<string>? ChangeIds, int RevisionNumber, int BaselineNumber, string? AuthorId = null)
    {
        /// <summary>The selection asked for.</summary>
        /// <exception cref="BadHttpRequestException">Both ids and an author were given.</exception>
        public ChangeSelection Selection() => (ChangeIds, AuthorId) switch
        {
            (not null, not null) => throw new BadHttpRequestException("Give either changeIds or authorId, not both."),
            (not null, null) => ChangeSelection.Only(ChangeIds),
            (null, not null) => ChangeSelection.By(AuthorId),
            _ => ChangeSelection.All,
        };
    }

    /// <summary>Maps <c>/api/articles/{id}/changes</c>.</summary>
    public static IEndpointRouteBuilder MapTrackedChangesApi(this IEndpointRouteBuilder endpoints)
    {
        var changes = endpoints.MapGroup("/api/articles/{id:guid}/changes").RequireAuthorization(Policies.ReadArticles).WithTags("Tracked changes")
            .WithEditorialProblems();

        changes.MapGet("/", GetTrackedChangesAsync).WithName("GetTrackedChanges").WithSummary("The article's pending tracked changes.");
        changes.MapPost("/accept", AcceptAsync).WithName("AcceptTrackedChanges").WithSummary("Accepts the chosen changes.");
        changes.MapPost("/reject", RejectAsync).WithName("RejectTrackedChanges").WithSummary("Rejects the chosen changes, as one new revision.");
        return endpoints;
    }

    private static async Task<Ok<TrackedChangesView>> GetTrackedChangesAsync(ClaimsPrincipal user, TrackedChangesService service, Guid id,
        CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(user, id, ct));

    private static async Task<Ok<TrackedChangesView>> AcceptAsync(ClaimsPrincipal user, TrackedChangesService service, Guid id,
        DecisionRequest request, CancellationToken ct) =>
        TypedResults.Ok(await service.AcceptAsync(user, id, request.Selection(), request.RevisionNumber, request.BaselineNumber, ct));

    private static async Task<Ok<TrackedChangesView>> RejectAsync(ClaimsPrincipal user, TrackedChangesService service, Guid id,
        DecisionRequest request, CancellationToken ct) =>
        TypedResults.Ok(await service.RejectAsync(user, id, request.Selection(), request.RevisionNumber, request.BaselineNumber, ct));
}

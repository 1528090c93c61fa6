using System.Security.Claims;
using Editorial.Web.Features.Changes;
using Editorial.Web.Security;

namespace Editorial.Web.Api;

/// <summary>Tracked changes over the API: list, accept, reject (409 when the view is stale).</summary>
public static class TrackedChangesEndpoints
{
    /// <summary>A decision on tracked changes.</summary>
    /// <param name="ChangeIds">The changes decided; null or absent for all.</param>
    /// <param name="RevisionNumber">The revision the caller's list was made on.</param>
    /// <param name="BaselineNumber">The baseline the caller's list was made on.</param>
    public sealed record DecisionRequest(IReadOnlyCollection<string>? ChangeIds, int RevisionNumber, int BaselineNumber);

    /// <summary>Maps <c>/api/articles/{id}/changes</c>.</summary>
    public static IEndpointRouteBuilder MapTrackedChangesApi(this IEndpointRouteBuilder endpoints)
    {
        var changes = endpoints.MapGroup("/api/articles/{id:guid}/changes").RequireAuthorization(Policies.ReadArticles).WithTags("Tracked changes");

        changes.MapGet("/", async (ClaimsPrincipal user, TrackedChangesService service, Guid id, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(user, id, ct)));

        changes.MapPost("/accept", async (ClaimsPrincipal user, TrackedChangesService service, Guid id, DecisionRequest request, CancellationToken ct) =>
            TypedResults.Ok(await service.AcceptAsync(user, id, request.ChangeIds, request.RevisionNumber, request.BaselineNumber, ct)));

        changes.MapPost("/reject", async (ClaimsPrincipal user, TrackedChangesService service, Guid id, DecisionRequest request, CancellationToken ct) =>
            TypedResults.Ok(await service.RejectAsync(user, id, request.ChangeIds, request.RevisionNumber, request.BaselineNumber, ct)));

        return endpoints;
    }
}

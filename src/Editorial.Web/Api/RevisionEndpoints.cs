using System.Security.Claims;
using Editorial.Web.Features.History;
using Editorial.Web.Security;

namespace Editorial.Web.Api;

/// <summary>Revision history over the API: list, get one, diff any two as JSON hunks with their authors, restore.</summary>
public static class RevisionEndpoints
{
    /// <summary>A restore request.</summary>
    /// <param name="RevisionNumber">The caller's view of the current revision.</param>
    public sealed record RestoreRequest(int RevisionNumber);

    /// <summary>Maps <c>/api/articles/{id}/revisions</c> and <c>/api/articles/{id}/diff</c>.</summary>
    public static IEndpointRouteBuilder MapRevisionApi(this IEndpointRouteBuilder endpoints)
    {
        var article = endpoints.MapGroup("/api/articles/{id:guid}").RequireAuthorization(Policies.ReadArticles).WithTags("Revisions");

        article.MapGet("/revisions", async (ClaimsPrincipal user, RevisionHistoryService history, Guid id, int? before, int? pageSize, CancellationToken ct) =>
            TypedResults.Ok(await history.ListAsync(user, id, before, pageSize ?? 25, ct)));

        article.MapGet("/revisions/{number:int}", async (ClaimsPrincipal user, RevisionHistoryService history, Guid id, int number, CancellationToken ct) =>
            TypedResults.Ok(await history.GetAsync(user, id, number, ct)));

        article.MapGet("/diff", async (ClaimsPrincipal user, RevisionHistoryService history, Guid id, int from, int to, CancellationToken ct) =>
        {
            var comparison = await history.CompareAsync(user, id, from, to, ct);
            var hunks = comparison.BodyHunks.Select(h => new
            {
                h.Hunk.OldStart, h.Hunk.OldLength, h.Hunk.NewStart, h.Hunk.NewLength,
                authors = h.Credits.Select(c => new { c.RevisionNumber, c.Author.UserId, c.Author.Name, c.At }),
            });
            return TypedResults.Ok(new { comparison.From, comparison.To, hunks, segments = comparison.Body });
        });

        article.MapPost("/revisions/{number:int}/restore", async (ClaimsPrincipal user, RevisionHistoryService history, Guid id, int number,
                RestoreRequest request, CancellationToken ct) =>
            TypedResults.Ok(new { revisionNumber = await history.RestoreAsync(user, id, number, request.RevisionNumber, ct) }));

        return endpoints;
    }
}

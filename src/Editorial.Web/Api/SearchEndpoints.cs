using System.Security.Claims;
using Editorial.Web.Features.Search;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Editorial.Web.Api;

/// <summary><c>GET /api/search</c>: the search page's search, for newsroom scripts.</summary>
public static class SearchEndpoints
{
    /// <summary>Maps <c>/api/search</c>.</summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        var search = endpoints.MapGroup("/api/search").RequireAuthorization(Policies.ReadArticles).WithTags("Articles").WithEditorialProblems();
        search.MapGet("/", SearchAsync)
            .WithName("SearchArticles")
            .WithSummary("Finds articles by words of their title and body, best first, with snippets around the words found.");
        return endpoints;
    }

    // q: the words (only letters and digits count; the last also matches as a prefix); stage: a
    // stage's name; limit: 1-50 (20 by default).
    private static async Task<Ok<SearchResult>> SearchAsync(ClaimsPrincipal user, SearchService search, string? q, string? stage, int? limit,
        CancellationToken ct) =>
        TypedResults.Ok(await search.SearchAsync(user, q, stage, limit ?? 20, ct));
}

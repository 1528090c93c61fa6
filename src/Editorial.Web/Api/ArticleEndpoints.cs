using System.Security.Claims;
using Editorial.Web.Features.Articles;
using Editorial.Web.Security;

namespace Editorial.Web.Api;

/// <summary>
/// The article API for newsroom scripts. Authorization is the service's; the endpoint policy only
/// refuses early. Errors are problem+json (see <see cref="ProblemDetailsExceptionHandler"/>).
/// </summary>
public static class ArticleEndpoints
{
    /// <summary>Maps <c>/api/articles</c>.</summary>
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/articles").RequireAuthorization(Policies.ReadArticles);

        group.MapGet("/", async (ClaimsPrincipal user, ArticleService articles, string? after, int? pageSize, CancellationToken ct) =>
        {
            var page = await articles.ListAsync(user, ArticlePageCursor.FromToken(after), pageSize ?? 25, ct);
            return TypedResults.Ok(new { items = page.Items, next = page.Next?.ToToken() });
        });

        group.MapGet("/{id:guid}", async (ClaimsPrincipal user, ArticleService articles, Guid id, CancellationToken ct) =>
            TypedResults.Ok(await articles.GetAsync(user, id, ct)));

        group.MapPost("/", async (ClaimsPrincipal user, ArticleService articles, ArticleDraft draft, CancellationToken ct) =>
        {
            var created = await articles.CreateAsync(user, draft, ct);
            return TypedResults.Created($"/api/articles/{created.Id}", created);
        });

        return endpoints;
    }
}

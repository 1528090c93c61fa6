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
    /// <summary>A new revision posted by a script, with the revision it was written on.</summary>
    /// <param name="Title">The title.</param>
    /// <param name="Body">The text.</param>
    /// <param name="Summary">What changed.</param>
    /// <param name="BaseRevisionNumber">The revision the text was written on; an older one is merged (409 on overlap).</param>
    public sealed record RevisionRequest(string? Title, string? Body, string? Summary, int BaseRevisionNumber);

    /// <summary>Maps <c>/api/articles</c>.</summary>
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/articles").RequireAuthorization(Policies.ReadArticles);

        // What awaits the caller, as on their dashboard: the same query, the same eligibility rule.
        endpoints.MapGet("/api/me/queue", async (ClaimsPrincipal user, Features.Dashboard.DashboardService dashboard, CancellationToken ct) =>
                TypedResults.Ok((await dashboard.GetAsync(user, ct)).NeedsMyAction))
            .RequireAuthorization(Policies.ReadArticles)
            .WithName("MyQueue")
            .WithTags("Articles");

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

        group.MapPut("/{id:guid}", async (ClaimsPrincipal user, ArticleService articles, Guid id, RevisionRequest request, CancellationToken ct) =>
        {
            var (article, changed) = await articles.SaveAsync(user, id, request.BaseRevisionNumber,
                new ArticleDraft(request.Title, request.Body, request.Summary), ct);
            return TypedResults.Ok(new { article, changed });
        });

        return endpoints;
    }
}

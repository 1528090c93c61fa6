using System.Security.Claims;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Dashboard;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

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
    /// <param name="Format"><c>Markdown</c> (the canonical CommonMark subset) or <c>PlainText</c> (one paragraph per line; the default).</param>
    public sealed record RevisionRequest(string? Title, string? Body, string? Summary, int BaseRevisionNumber,
        Editorial.Domain.Text.BodyFormat Format = Editorial.Domain.Text.BodyFormat.PlainText);

    /// <summary>A page of articles.</summary>
    /// <param name="Items">The articles on this page.</param>
    /// <param name="Next">The <c>?after=</c> token of the next page; null on the last.</param>
    public sealed record ArticlePageResponse(IReadOnlyList<ArticleListItem> Items, string? Next);

    /// <summary>What a save answers.</summary>
    /// <param name="Article">The article as saved.</param>
    /// <param name="Changed">Whether the save made a new revision (false when the text was the same).</param>
    public sealed record SaveResponse(ArticleDetails Article, bool Changed);

    /// <summary>Maps <c>/api/articles</c> and <c>/api/me/queue</c>.</summary>
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/articles").RequireAuthorization(Policies.ReadArticles).WithTags("Articles").WithEditorialProblems();

        endpoints.MapGet("/api/me/queue", GetMyQueueAsync)
            .RequireAuthorization(Policies.ReadArticles)
            .WithName("MyQueue")
            .WithSummary("What awaits the caller, as on their dashboard.")
            .WithTags("Articles")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", ListArticlesAsync).WithName("ListArticles").WithSummary("Lists the articles the caller may read, a page at a time.");
        group.MapGet("/{id:guid}", GetArticleAsync).WithName("GetArticle").WithSummary("Gets one article.");
        group.MapPost("/", CreateArticleAsync).WithName("CreateArticle").WithSummary("Creates an article.");
        group.MapPut("/{id:guid}", SaveArticleAsync).WithName("SaveArticle")
            .WithSummary("Saves a new revision, merged with any written since its base revision.");
        return endpoints;
    }

    // The same query and the same eligibility rule as the dashboard's.
    private static async Task<Ok<IReadOnlyList<QueueItem>>> GetMyQueueAsync(ClaimsPrincipal user, DashboardService dashboard, CancellationToken ct) =>
        TypedResults.Ok((await dashboard.GetAsync(user, ct)).NeedsMyAction);

    // The same filters as the article list page: stage, assignee (user id), author (part of the
    // byline), q (part of the title) and dueBefore (an ISO 8601 instant); overlong text is cut, as on the page.
    private static async Task<Ok<ArticlePageResponse>> ListArticlesAsync(ClaimsPrincipal user, ArticleService articles, string? after, int? pageSize,
        string? stage, string? assignee, string? author, string? q, DateTimeOffset? dueBefore, CancellationToken ct)
    {
        var filter = new ArticleFilter(stage, assignee, author, q, dueBefore?.UtcDateTime);
        var page = await articles.ListAsync(user, filter, ArticlePageCursor.FromToken(after), pageSize ?? 25, ct);
        return TypedResults.Ok(new ArticlePageResponse(page.Items, page.Next?.ToToken()));
    }

    private static async Task<Ok<ArticleDetails>> GetArticleAsync(ClaimsPrincipal user, ArticleService articles, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await articles.GetAsync(user, id, cancellationToken: ct));

    private static async Task<Created<ArticleDetails>> CreateArticleAsync(ClaimsPrincipal user, ArticleService articles, ArticleDraft draft,
        CancellationToken ct)
    {
        var created = await articles.CreateAsync(user, draft, ct);
        return TypedResults.Created($"/api/articles/{created.Id}", created);
    }

    private static async Task<Ok<SaveResponse>> SaveArticleAsync(ClaimsPrincipal user, ArticleService articles, Guid id, RevisionRequest request,
        CancellationToken ct)
    {
        var (article, changed) = await articles.SaveAsync(user, id, request.BaseRevisionNumber,
            new ArticleDraft(request.Title, request.Body, request.Summary, request.Format), ct);
        return TypedResults.Ok(new SaveResponse(article, changed));
    }
}

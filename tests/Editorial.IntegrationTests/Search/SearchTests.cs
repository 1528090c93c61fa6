using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Editorial.Domain;
using Editorial.Domain.Workflow;
using Editorial.Testing;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Search;
using Editorial.Web.Features.Workflow;

namespace Editorial.IntegrationTests.Search;

/// <summary>
/// Search finds articles by the words of their current text, ranked (title words first), with
/// snippets around the words found; follows every edit; filters by stage; and takes any input
/// without an error. On both databases (PostgreSQL full-text search, SQLite FTS5).
/// </summary>
public abstract class SearchTests(ITestDatabase database) : AppTest(database.App())
{
    private Task<ClaimsPrincipal> As(string email) => App.PrincipalOfAsync(email);

    private async Task<ArticleDetails> CreateAsync(string title, string body) =>
        await WithAsync<ArticleService, ArticleDetails>(async a => await a.CreateAsync(await As(DemoUsers.Editor), new ArticleDraft(title, body)));

    private async Task<SearchResult> SearchAsync(string? query, string? stage = null) =>
        await WithAsync<SearchService, SearchResult>(async s => await s.SearchAsync(await As(DemoUsers.FactChecker), query, stage));

    [Fact]
    public async Task AWordInTheText_FindsTheArticle_WithASnippetMarkingIt_AndTitleWordsRankFirst()
    {
        var inBody = await CreateAsync("Harbour report", "The quartermaster counted 412 zeppelins over the harbour at dawn.");
        var inTitle = await CreateAsync("Zeppelins return", "Nothing else of note happened this week.");

        var result = await SearchAsync("zeppelins");

        Assert.Equal([inTitle.Id, inBody.Id], result.Items.Select(i => i.Article.Id));
        Assert.Equal(2, result.Total);
        var snippet = result.Items[1].Snippet;
        Assert.Contains(snippet, p => p.IsMatch && p.Text.Equals("zeppelins", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("quartermaster", string.Concat(snippet.Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWordTypedInPart_FindsTheTitle_AndEveryWordMustBeThere()
    {
        var article = await CreateAsync("Kim drives a forklift", "At a memorial for troops, Kim drove a forklift.");

        Assert.Contains((await SearchAsync("drives a fork")).Items, i => i.Article.Id == article.Id);
        Assert.Contains((await SearchAsync("kim forklift")).Items, i => i.Article.Id == article.Id);
        Assert.DoesNotContain((await SearchAsync("kim trombone")).Items, i => i.Article.Id == article.Id);
    }

    [Fact]
    public async Task AnEdit_ChangesWhatFindsTheArticle()
    {
        var article = await CreateAsync("Weather", "A blizzard closed the pass.");
        var editor = await As(DemoUsers.Editor);

        await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(editor, article.Id, 1, new ArticleDraft("Weather", "A monsoon closed the pass.")));

        Assert.DoesNotContain((await SearchAsync("blizzard")).Items, i => i.Article.Id == article.Id);
        Assert.Contains((await SearchAsync("monsoon")).Items, i => i.Article.Id == article.Id);
    }

    [Fact]
    public async Task AStage_NarrowsTheSearch_AndAnUnknownStageIsRefused()
    {
        var draft = await CreateAsync("Glacier draft", "The glacier retreated.");
        var submitted = await CreateAsync("Glacier submitted", "The glacier advanced.");
        await WithAsync<WorkflowService, WorkflowView>(async w => await w.PerformAsync(await As(DemoUsers.Editor), submitted.Id, "submit", null));

        Assert.Equal([submitted.Id], (await SearchAsync("glacier", Stages.SourcingCheck)).Items.Select(i => i.Article.Id));
        Assert.Equal([draft.Id], (await SearchAsync("glacier", Stages.Draft)).Items.Select(i => i.Article.Id));
        await Assert.ThrowsAsync<EditorialDomainException>(() => SearchAsync("glacier", "Published'; DROP TABLE articles; --"));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("a OR b NOT c NEAR(d e)")]
    [InlineData("&|!():* <-> 'x' %_\\")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\u202Eevil\u0000\u0001")]
    [InlineData("")]
    public async Task AnyInput_IsSearchedForItsWords_WithoutAnError(string query)
    {
        await CreateAsync("Script kiddies", "A <script>alert(1)</script> was pasted as text.");

        var result = await SearchAsync(query);

        Assert.True(result.Total >= 0);
        Assert.All(result.Items, i => Assert.DoesNotContain(i.Snippet, p => p.Text.Contains('\u0001') || p.Text.Contains('\u0002')));
    }

    [Fact]
    public async Task TheApi_Searches_RefusesAnUnknownStage_AndStrangers()
    {
        var article = await CreateAsync("Avalanche warning", "An avalanche warning was issued.");
        var client = await ApiClient.ForAsync(App, DemoUsers.Manager);

        var found = await client.GetFromJsonAsync<JsonElement>("/api/search?q=avalanche&limit=5");
        var refused = await client.GetAsync("/api/search?q=avalanche&stage=Nope");
        var stranger = await App.CreateClient().GetAsync("/api/search?q=avalanche");

        Assert.Contains(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("article").GetProperty("id").GetGuid() == article.Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(stranger.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"a stranger got {stranger.StatusCode}");
    }
}

/// <summary><see cref="SearchTests"/> on PostgreSQL.</summary>
public sealed class SearchTestsOnPostgres(PostgresDatabase database) : SearchTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="SearchTests"/> on the embedded SQLite default.</summary>
public sealed class SearchTestsOnSqlite(SqliteFolder database) : SearchTests(database), IClassFixture<SqliteFolder>;

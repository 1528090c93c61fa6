using System.Text.Json;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Articles;

/// <summary>The article list through the API: the page's filters, and every page of a deep list.</summary>
public abstract class ArticleListApiTests(ITestDatabase database) : AppTest(database.App())
{
    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/articles?{query}")).GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task TheListFilters_ByStageAuthorAndTitle_AsThePageDoes()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var draft = (await (await editor.PostAsJsonAsync("/api/articles", new { title = $"Harbour {marker} draft", body = "Text." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var submitted = (await (await editor.PostAsJsonAsync("/api/articles", new { title = $"Harbour {marker} submitted", body = "Text." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await editor.PostAsJsonAsync($"/api/articles/{submitted}/workflow/submit", new { })).EnsureSuccessStatusCode();

        var byTitle = await ItemsAsync(editor, $"q={marker}");
        var submittedStage = byTitle.Single(i => i.GetProperty("id").GetGuid() == submitted).GetProperty("stage").GetString()!;
        var byTitleAndStage = await ItemsAsync(editor, $"q={marker.ToUpperInvariant()}&stage={Uri.EscapeDataString(submittedStage)}");
        var byAuthor = await ItemsAsync(editor, $"q={marker}&author=erin");
        var byOtherAuthor = await ItemsAsync(editor, $"q={marker}&author=maya");

        Assert.Equal(new[] { draft, submitted }.Order(), byTitle.Select(i => i.GetProperty("id").GetGuid()).Order());
        Assert.Equal(submitted, Assert.Single(byTitleAndStage).GetProperty("id").GetGuid());
        Assert.Equal(2, byAuthor.Count);
        Assert.Empty(byOtherAuthor);
    }

    [Fact]
    public async Task TheDueDateFilter_KeepsArticlesDueBeforeTheInstant_AndAMalformedOneIs400()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var manager = await ApiClient.ForAsync(App, DemoUsers.Manager);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var dated = (await (await editor.PostAsJsonAsync("/api/articles", new { title = $"Due {marker}", body = "Text." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await editor.PostAsJsonAsync("/api/articles", new { title = $"Undated {marker}", body = "Text." })).EnsureSuccessStatusCode();
        (await manager.PostAsJsonAsync($"/api/articles/{dated}/assignment", new { dueAt = "2031-03-14T12:00:00Z" })).EnsureSuccessStatusCode();

        var before = await ItemsAsync(editor, $"q={marker}&dueBefore={Uri.EscapeDataString("2031-03-15T00:00:00Z")}");
        var tooEarly = await ItemsAsync(editor, $"q={marker}&dueBefore={Uri.EscapeDataString("2031-03-14T12:00:00Z")}");
        var malformed = await editor.GetAsync($"/api/articles?dueBefore=next-tuesday");

        Assert.Equal(dated, Assert.Single(before).GetProperty("id").GetGuid());
        Assert.Empty(tooEarly);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task TheTitleFilter_TakesPercentAndUnderscoreLiterally()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var marker = Guid.NewGuid().ToString("N")[..8];
        foreach (var title in new[] { $"{marker} turnout 50% higher", $"{marker} turnout 500 higher", $"{marker} snake_case", $"{marker} snakeXcase" })
        {
            (await editor.PostAsJsonAsync("/api/articles", new { title, body = "Text." })).EnsureSuccessStatusCode();
        }

        var percent = await ItemsAsync(editor, $"q={Uri.EscapeDataString($"{marker} turnout 50%")}");
        var underscore = await ItemsAsync(editor, $"q={Uri.EscapeDataString("snake_case")}");

        Assert.Equal($"{marker} turnout 50% higher", Assert.Single(percent).GetProperty("title").GetString());
        Assert.Equal($"{marker} snake_case", Assert.Single(underscore, i => i.GetProperty("title").GetString()!.StartsWith(marker, StringComparison.Ordinal)).GetProperty("title").GetString());
        Assert.DoesNotContain(underscore, i => i.GetProperty("title").GetString() == $"{marker} snakeXcase");
    }

    [Fact]
    public async Task EveryPage_OfAFilteredList_ComesOnce_InOrder()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 7; i++)
        {
            (await editor.PostAsJsonAsync("/api/articles", new { title = $"Deep {marker} {i}", body = "Text." })).EnsureSuccessStatusCode();
        }

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await editor.GetFromJsonAsync<JsonElement>($"/api/articles?q={marker}&pageSize=2" + (after is null ? "" : $"&after={after}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!));
            after = page.GetProperty("next").GetString();
        }
        while (after is not null);

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"Deep {marker} {i}").Reverse(), seen);
    }
}

public sealed class ArticleListApiTestsOnPostgres(PostgresDatabase database) : ArticleListApiTests(database), IClassFixture<PostgresDatabase>;

public sealed class ArticleListApiTestsOnSqlite(SqliteFolder database) : ArticleListApiTests(database), IClassFixture<SqliteFolder>;

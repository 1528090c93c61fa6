using System.Net;
using System.Text.Json;
using Editorial.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Changes;

public abstract class TrackedChangesApiTests(ITestDatabase database) : AppTest(database.App())
{
    [Fact]
    public async Task AScript_ListsAndDecidesTrackedChanges_AndAStaleDecisionGets409()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var created = await (await editor.PostAsJsonAsync("/api/articles", new { title = "API changes", body = "One two three." }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var factChecker = await ApiClient.ForAsync(App, DemoUsers.FactChecker);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var articles = scope.ServiceProvider.GetRequiredService<Editorial.Web.Features.Articles.ArticleService>();
            await articles.SaveAsync(await App.PrincipalOfAsync(DemoUsers.Editor), id, 1, new("API changes", "One 2 three."));
        }

        var list = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/changes");
        var pending = list.GetProperty("changes")[0];
        var change = pending.GetProperty("change");
        var decision = new { changeIds = new[] { change.GetProperty("id").GetString() }, revisionNumber = 2, baselineNumber = 0 };

        var refused = await factChecker.PostAsJsonAsync($"/api/articles/{id}/changes/accept", decision);
        var accepted = await editor.PostAsJsonAsync($"/api/articles/{id}/changes/accept", decision);
        var stale = await editor.PostAsJsonAsync($"/api/articles/{id}/changes/reject", decision);

        Assert.Equal("two", change.GetProperty("removed").GetString());
        Assert.Equal("2", change.GetProperty("added").GetString());
        Assert.Equal("Erin Editor", pending.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(0, (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changes").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task DecidingByAuthor_AndByIds_AtOnce_IsABadRequest()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var created = await (await editor.PostAsJsonAsync("/api/articles", new { title = "API changes", body = "One two three." }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var response = await editor.PostAsJsonAsync($"/api/articles/{created.GetProperty("id").GetGuid()}/changes/accept",
            new { changeIds = new[] { "x" }, authorId = "y", revisionNumber = 1, baselineNumber = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary><see cref="TrackedChangesApiTests"/> on PostgreSQL.</summary>
public sealed class TrackedChangesApiTestsOnPostgres(PostgresDatabase database) : TrackedChangesApiTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="TrackedChangesApiTests"/> on the embedded SQLite default.</summary>
public sealed class TrackedChangesApiTestsOnSqlite(SqliteFolder database) : TrackedChangesApiTests(database), IClassFixture<SqliteFolder>;

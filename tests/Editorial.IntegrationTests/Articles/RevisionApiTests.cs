using System.Net;
using System.Text.Json;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Articles;

/// <summary>Posting a revision with its base through the API: merged, or 409 with the conflicts.</summary>
public abstract class RevisionApiTests(ITestDatabase database) : AppTest(database.App())
{
    [Fact]
    public async Task AStaleBase_IsMergedWhenItCanBe_And409WithTheConflictsWhenNot()
    {
        var client = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var created = await (await client.PostAsJsonAsync("/api/articles", new { title = "API story", body = "Kim drove a forklift.\nOver 6,000 killed." }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        await client.PutAsJsonAsync($"/api/articles/{id}", new { title = "API story", body = "Kim drove a forklift.\nOver 6,500 killed.", baseRevisionNumber = 1 });

        var merged = await client.PutAsJsonAsync($"/api/articles/{id}", new { title = "API story", body = "Kim drove a red forklift.\nOver 6,000 killed.", baseRevisionNumber = 1 });
        var conflicted = await client.PutAsJsonAsync($"/api/articles/{id}", new { title = "API story", body = "Kim drove a blue forklift.\nOver 6,000 killed.", baseRevisionNumber = 1 });

        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var article = (await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("article");
        Assert.Equal("Kim drove a red forklift.\nOver 6,500 killed.", article.GetProperty("body").GetString());
        Assert.Equal(HttpStatusCode.Conflict, conflicted.StatusCode);
        var problem = await conflicted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, problem.GetProperty("currentRevisionNumber").GetInt32());
        var conflict = problem.GetProperty("conflicts")[0];
        Assert.Equal(("blue ", "red "), (conflict.GetProperty("mine").GetString(), conflict.GetProperty("theirs").GetString()));
    }
}

/// <summary><see cref="RevisionApiTests"/> on PostgreSQL.</summary>
public sealed class RevisionApiTestsOnPostgres(PostgresDatabase database) : RevisionApiTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="RevisionApiTests"/> on the embedded SQLite default.</summary>
public sealed class RevisionApiTestsOnSqlite(SqliteFolder database) : RevisionApiTests(database), IClassFixture<SqliteFolder>;

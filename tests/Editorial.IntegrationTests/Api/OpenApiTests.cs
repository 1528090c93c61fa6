using System.Net;
using System.Text;
using System.Text.Json;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Api;

/// <summary>The API as a client generator and a script see it: every operation named, its problems declared, each problem traceable.</summary>
public abstract class OpenApiTests(ITestDatabase database) : AppTest(database.App())
{
    private static readonly string[] Writes = ["post", "put", "delete"];

    [Fact]
    public async Task EveryApiOperation_HasAnOperationId_AndEveryWriteDeclaresItsRefusals()
    {
        var document = await App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name} {path.Name}", Method: op.Name, Operation: op.Value)))
            .ToList();

        Assert.NotEmpty(operations);
        Assert.Empty(operations.Where(op => !op.Operation.TryGetProperty("operationId", out var id) || string.IsNullOrEmpty(id.GetString()))
            .Select(op => op.Name));
        // A script must learn from the document both how it may be refused and how its input may be.
        Assert.Empty(operations.Where(op => Writes.Contains(op.Method))
            .Where(op => !Declares(op.Operation, "403", "401") || !Declares(op.Operation, "422", "400"))
            .Select(op => op.Name));
    }

    [Fact]
    public async Task AMalformedBody_Gets400ProblemJson_WithATraceId()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);

        var response = await editor.PostAsync("/api/articles", new StringContent("""{"title": "Half""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertTraceableProblemAsync(response);
    }

    [Fact]
    public async Task ARuleRefusal_Gets422ProblemJson_WithATraceId()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var created = await editor.PostAsJsonAsync("/api/articles", new { title = "Twice", body = "Text." });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { });

        var again = await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var problem = await AssertTraceableProblemAsync(again);
        Assert.Equal($"/api/articles/{id}/workflow/submit", problem.GetProperty("instance").GetString());
    }

    private static bool Declares(JsonElement operation, params string[] anyOf) =>
        operation.TryGetProperty("responses", out var responses) && anyOf.Any(status => responses.TryGetProperty(status, out _));

    private static async Task<JsonElement> AssertTraceableProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        return problem;
    }
}

/// <summary><see cref="OpenApiTests"/> on PostgreSQL.</summary>
public sealed class OpenApiTestsOnPostgres(PostgresDatabase database) : OpenApiTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="OpenApiTests"/> on the embedded SQLite default.</summary>
public sealed class OpenApiTestsOnSqlite(SqliteFolder database) : OpenApiTests(database), IClassFixture<SqliteFolder>;

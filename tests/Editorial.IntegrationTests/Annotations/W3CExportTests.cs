using System.Text.Json;
using System.Text.Json.Nodes;
using Editorial.Testing;
using NJsonSchema;

namespace Editorial.IntegrationTests.Annotations;

/// <summary>
/// The comment export is checked against the W3C Web Annotation test suite's JSON Schema
/// assertions (in <c>Annotations/W3C</c>): every "must" assertion that expects a valid annotation.
/// </summary>
public abstract class W3CExportTests(ITestDatabase database) : AppTest(database.App())
{
    private static readonly string SuiteFolder = Path.Combine(AppContext.BaseDirectory, "Annotations", "W3C");

    private async Task<(Guid Id, JsonObject Export)> ExportedArticleAsync()
    {
        const string body = "Fans cheered 👍 when 14,000 troops left.\nThe memorial is secret.";
        var client = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var created = await (await client.PostAsJsonAsync("/api/articles", new { title = "Export", body })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var start = body.IndexOf("14,000 troops", StringComparison.Ordinal);
        var thread = await (await client.PostAsJsonAsync($"/api/articles/{id}/annotations",
            new { revisionNumber = 1, start, end = start + 13, text = "Source? <b>bold</b>" })).Content.ReadFromJsonAsync<JsonElement>();
        (await client.PostAsJsonAsync($"/api/articles/{id}/annotations/{thread.GetProperty("id").GetGuid()}/replies", new { text = "Ministry figure." }))
            .EnsureSuccessStatusCode();
        var response = await client.GetAsync($"/api/articles/{id}/annotations");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        return (id, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task TheExport_HasSelectorsInCodePoints_TheRevision_AndTheAnchorStatus()
    {
        var (id, export) = await ExportedArticleAsync();

        var items = export["first"]!["items"]!.AsArray();
        var thread = items[0]!;
        var selectors = thread["target"]!["selector"]!.AsArray();
        Assert.Equal("AnnotationCollection", (string?)export["type"]);
        Assert.Equal(2, (int)export["total"]!);
        Assert.Equal("14,000 troops", (string?)selectors[0]!["exact"]);
        Assert.Equal(20, (int)selectors[1]!["start"]!); // "Fans cheered 👍 when " is 20 code points (21 UTF-16 units)
        Assert.Equal(33, (int)selectors[1]!["end"]!);
        Assert.EndsWith($"/api/articles/{id}/revisions/1", (string?)thread["target"]!["state"]!["cached"], StringComparison.Ordinal);
        Assert.Equal("Exact", (string?)thread["editorial:anchorStatus"]);
        Assert.Equal("Source? <b>bold</b>", (string?)thread["body"]!["value"]);
        Assert.Equal("replying", (string?)items[1]!["motivation"]);
        Assert.Equal((string?)thread["id"], (string?)items[1]!["target"]);
    }

    [Fact]
    public async Task EveryExportedAnnotation_PassesEveryW3CMustAssertion()
    {
        var (_, export) = await ExportedArticleAsync();
        var assertions = await MustAssertionsAsync();
        Assert.True(assertions.Count > 40, $"only {assertions.Count} assertions loaded");

        var failures = new List<string>();
        foreach (var item in export["first"]!["items"]!.AsArray())
        {
            var json = item!.ToJsonString();
            foreach (var (name, schema) in assertions)
            {
                var errors = schema.Validate(json);
                if (errors.Count > 0)
                {
                    failures.Add($"{name}: {string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}"))}");
                }
            }
        }

        Assert.Empty(failures);
    }

    // The suite's schemas refer to each other by file name (e.g. "bodyTarget.json#/definitions/…"),
    // all of which live in definitions/; each assertion is read as if it lived there too.
    private static async Task<List<(string Name, JsonSchema Schema)>> MustAssertionsAsync()
    {
        var result = new List<(string, JsonSchema)>();
        var definitions = Path.Combine(SuiteFolder, "definitions");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SuiteFolder, "annotations"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(file);
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.TryGetProperty("assertionType", out var type) && type.GetString() == "must"
                && root.TryGetProperty("expectedResult", out var expected) && expected.GetString() == "valid")
            {
                result.Add((Path.GetRelativePath(SuiteFolder, file), await JsonSchema.FromJsonAsync(text, Path.Combine(definitions, Path.GetFileName(file)))));
            }
        }

        return result;
    }
}

/// <summary><see cref="W3CExportTests"/> on PostgreSQL.</summary>
public sealed class W3CExportTestsOnPostgres(PostgresDatabase database) : W3CExportTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="W3CExportTests"/> on the embedded SQLite default.</summary>
public sealed class W3CExportTestsOnSqlite(SqliteFolder database) : W3CExportTests(database), IClassFixture<SqliteFolder>;

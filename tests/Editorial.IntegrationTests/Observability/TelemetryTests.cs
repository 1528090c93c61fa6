using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Editorial.Infrastructure.Telemetry;
using Editorial.Testing;
using Xunit.Abstractions;

namespace Editorial.IntegrationTests.Observability;

/// <summary>
/// What an operator sees of one sign-off: the request's span, the product's save span and the
/// database commands under it, and the product's counters. On PostgreSQL (Npgsql's spans). The counters
/// are the process's, so this runs when no other test does (<see cref="ProcessWideCounters"/>).
/// </summary>
[Collection(ProcessWideCounters.Name)]
public sealed class TelemetryTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task OneSignOff_IsOneTrace_WithTheSaveAndItsQueries_AndIsCounted()
    {
        await using var app = database.App();
        var editor = await ApiClient.ForAsync(app, DemoUsers.Editor);
        var factChecker = await ApiClient.ForAsync(app, DemoUsers.FactChecker);
        var id = (await (await editor.PostAsJsonAsync("/api/articles", new { title = "Traced", body = "Over 6,000 killed." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { })).EnsureSuccessStatusCode();

        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is EditorialTelemetry.Name or "Npgsql" || source.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var counted = new ConcurrentDictionary<string, long>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == EditorialTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => counted.AddOrUpdate(instrument.Name, value, (_, v) => v + value));
        meters.Start();

        var signOff = await factChecker.PostAsJsonAsync($"/api/articles/{id}/sign-offs",
            new { transition = "approve", role = "FactChecker", decision = "Approve", comment = "", revisionNumber = 1 });

        Assert.Equal(HttpStatusCode.OK, signOff.StatusCode);
        // The server's span stops after the answer has gone: the client can read it a moment before.
        for (var i = 0; i < 50 && !spans.Any(s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("sign-offs", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100);
        }

        var request = Assert.Single(spans, s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("sign-offs", StringComparison.Ordinal));
        var trace = spans.Where(s => s.TraceId == request.TraceId).ToList();
        var save = Assert.Single(trace, s => s.OperationName == "article.save");
        var queries = trace.Where(s => s.Source.Name == "Npgsql").ToList();
        Assert.Equal(id.ToString(), save.GetTagItem("editorial.article_id")?.ToString());
        Assert.NotEmpty(queries);
        Assert.Contains(queries, q => q.Parent?.SpanId == save.SpanId || IsUnder(q, save));
        // What the gates look at (here: open comments) is read once, for the decision and the answer alike.
        Assert.Single(queries, q => Sql(q).Contains("FROM annotations", StringComparison.Ordinal));
        // The account check reads the user and their roles, and nothing per role (the app stores no user claims).
        Assert.Equal(2, queries.Count(q => Sql(q).Contains("\"AspNet", StringComparison.Ordinal) && !IsUnder(q, save)
                                          && q.StartTimeUtc < save.StartTimeUtc));
        Assert.Equal(1, counted.GetValueOrDefault("editorial.signoffs"));
        Assert.Equal(1, counted.GetValueOrDefault("editorial.saves"));

        output.WriteLine($"{request.DisplayName}: {request.Duration.TotalMilliseconds:0.0} ms, {trace.Count} spans, {queries.Count} database commands ({queries.Count(q => IsUnder(q, save))} inside article.save)");
        foreach (var query in queries)
        {
            var sql = Sql(query);
            output.WriteLine($"  {query.Duration.TotalMilliseconds:0.00} ms{(IsUnder(query, save) ? " [save]" : string.Empty)} {sql.ReplaceLineEndings(" ")[..Math.Min(90, sql.ReplaceLineEndings(" ").Length)]}");
        }
    }

    private static string Sql(Activity query) =>
        (query.GetTagItem("db.query.text") ?? query.GetTagItem("db.statement"))?.ToString() ?? query.DisplayName;

    private static bool IsUnder(Activity span, Activity ancestor)
    {
        for (var current = span.Parent; current is not null; current = current.Parent)
        {
            if (current.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Tests that count the product's process-wide counters: they run alone, after the others, so that no
/// other test's sign-off or save is counted with theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCounters
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process-wide counters";
}

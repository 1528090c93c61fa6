using System.Security.Claims;
using System.Security.Cryptography;
using Editorial.Domain.Audit;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Audit;

/// <summary>Starting apps with given audit keys, and the calls the audit tests make on them.</summary>
internal static class AuditApps
{
    /// <summary>A new random key, as base64 for the settings.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Settings holding <paramref name="keys"/>, signing with <paramref name="current"/>.</summary>
    public static Dictionary<string, string?> Keys(string current, params (string Id, string Base64)[] keys)
    {
        var settings = keys.ToDictionary(k => $"Audit:Keys:{k.Id}", k => (string?)k.Base64);
        settings["Audit:CurrentKeyId"] = current;
        return settings;
    }

    /// <summary>Starts <paramref name="app"/> (migrating, sealing, seeding) and returns it.</summary>
    public static EditorialAppFactory Started(this EditorialAppFactory app)
    {
        _ = app.Server;
        return app;
    }

    /// <summary>A new article, submitted, by the demo editor.</summary>
    public static async Task<Guid> SubmittedArticleAsync(this EditorialAppFactory app)
    {
        var editor = await app.PrincipalOfAsync(DemoUsers.Editor);
        await using var scope = app.Services.CreateAsyncScope();
        var article = await scope.ServiceProvider.GetRequiredService<ArticleService>()
            .CreateAsync(editor, new ArticleDraft("Story", "Over 6,000 killed."));
        await scope.ServiceProvider.GetRequiredService<WorkflowService>().PerformAsync(editor, article.Id, "submit", null);
        return article.Id;
    }

    /// <summary>The demo fact-checker sends the article back, adding entries to its log.</summary>
    public static async Task SendBackAsync(this EditorialAppFactory app, Guid id)
    {
        var factChecker = await app.PrincipalOfAsync(DemoUsers.FactChecker);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowService>().PerformAsync(factChecker, id, "send-back", "Needs sources.");
    }

    /// <summary>What the article page's "Verify log" shows.</summary>
    public static async Task<ChainVerification> VerifyAsync(this EditorialAppFactory app, Guid id, ChainCheckpoint? checkpoint = null)
    {
        var editor = await app.PrincipalOfAsync(DemoUsers.Editor);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowService>().VerifyAsync(editor, id, checkpoint);
    }

    /// <summary>The article's log, in order.</summary>
    public static async Task<List<AuditEvent>> LogAsync(this EditorialAppFactory app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        return await db.AuditEvents.AsNoTracking().Where(e => e.ArticleId == id).OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>The article's timeline, as the page shows it.</summary>
    public static async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(this EditorialAppFactory app, Guid id)
    {
        var editor = await app.PrincipalOfAsync(DemoUsers.Editor);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowService>().TimelineAsync(editor, id);
    }

    /// <summary>The principal of <paramref name="email"/>.</summary>
    public static Task<ClaimsPrincipal> As(this EditorialAppFactory app, string email) => app.PrincipalOfAsync(email);
}

using System.Net;
using System.Text;
using System.Text.Json;
using Editorial.Domain.Notifications;
using Editorial.Infrastructure.Mail;
using Editorial.Infrastructure.Outbox;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Editorial.Web.Features.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace Editorial.IntegrationTests.Mail;

/// <summary>
/// E-mail from the real app to a real SMTP server in this process: a notification mailed at once with
/// HTML and text parts and a link to the article, a mention's to its comment, a claim's to the claim; unsubscribing from the mail without signing in; the
/// daily digest; due-date reminders once; a mail server that is down, then up; one that refuses (and the
/// administrators' log and resend); an app stopped between retries.
/// </summary>
public abstract class MailTests(ITestDatabase database)
{
    private static Dictionary<string, string?> Settings(int smtpPort) => new(WebhookSettings())
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None",
        ["Hosting:PublicBaseUrl"] = "https://editorial.example",
    };

    private static Dictionary<string, string?> WebhookSettings() => new(Webhooks.WebhookDeliveryTests.Settings);

    // The tests of a class share a database: each starts with no mail waiting, no settings and no notifications
    // (reminders sent stay sent, so an earlier test's due article is not reminded again).
    private static async Task<EditorialAppFactory> FreshAppAsync(ITestDatabase database, int smtpPort)
    {
        var app = database.App(settings: Settings(smtpPort));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        await db.OutboxMessages.ExecuteDeleteAsync();
        await db.MailPreferences.ExecuteDeleteAsync();
        await db.Notifications.ExecuteDeleteAsync();
        return app;
    }

    private static async Task<Guid> ArticleAsync(EditorialAppFactory app, string title)
    {
        var editor = await ApiClient.ForAsync(app, DemoUsers.Editor);
        var created = await editor.PostAsJsonAsync("/api/articles", new { title, body = "Words to check." });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task AssignAsync(EditorialAppFactory app, Guid article, DateTime? dueAt = null)
    {
        var manager = await ApiClient.ForAsync(app, DemoUsers.Manager);
        var factChecker = await UserIdAsync(app, DemoUsers.FactChecker);
        (await manager.PostAsJsonAsync($"/api/articles/{article}/assignment", new { factCheckerId = factChecker, managerId = (string?)null, dueAt }))
            .EnsureSuccessStatusCode();
    }

    private static async Task<string> UserIdAsync(EditorialAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static async Task<IReadOnlyList<MimeMessage>> WaitForMailAsync(SimpleSmtpServer smtp, int count, int seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (smtp.ReceivedEmailCount < count)
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"The SMTP server got {smtp.ReceivedEmailCount} mails, not {count}.");
            }

            await Task.Delay(50);
        }

        return smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();
    }

    private static Task SaveAsync(EditorialAppFactory app, string email, NotificationKind kind, MailDelivery delivery, int digestHour) =>
        WithServiceAsync<MailPreferencesService>(app, async preferences =>
        {
            var user = await app.PrincipalOfAsync(email);
            var current = await preferences.GetAsync(user);
            var choices = current.Deliveries.ToDictionary(p => p.Key, p => p.Value);
            choices[kind] = delivery;
            await preferences.SaveAsync(user, new MailPreferencesView(choices, digestHour));
        });

    private static async Task WithServiceAsync<T>(EditorialAppFactory app, Func<T, Task> action)
        where T : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    [Fact]
    public async Task AnAssignment_IsMailedAtOnce_AsHtmlAndText_WithALinkToTheArticle_AndUnsubscribingNeedsNoSignIn()
    {
        var port = LoopbackPort.Free();
        using var smtp = SimpleSmtpServer.Start(port);
        await using var app = await FreshAppAsync(database, port);
        var article = await ArticleAsync(app, "Budget <b>vote</b>");

        await AssignAsync(app, article);

        var mail = Assert.Single(await WaitForMailAsync(smtp, 1));
        Assert.Equal(DemoUsers.FactChecker, mail.To.Mailboxes.Single().Address);
        Assert.Equal("Assigned to you: “Budget <b>vote</b>”", mail.Subject);
        Assert.EndsWith("@editorial", mail.MessageId, StringComparison.Ordinal);
        Assert.Contains($"https://editorial.example/articles/{article}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://editorial.example/articles/{article}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Budget &lt;b&gt;vote&lt;/b&gt;", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);

        // The unsubscribe link works for whoever holds it, signed in or not; a changed one does nothing.
        var link = new Uri(mail.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        var anonymous = app.CreateClient();
        var page = await anonymous.GetStringAsync(link.PathAndQuery.Replace("/one-click", "", StringComparison.Ordinal));
        Assert.Contains("being assigned an article", page, StringComparison.Ordinal);
        Assert.Contains(DemoUsers.FactChecker, page, StringComparison.Ordinal);
        var forged = await anonymous.PostAsync(link.PathAndQuery.Replace("token=", "token=x", StringComparison.Ordinal),
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var oneClick = await anonymous.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);

        await AssignAsync(app, await ArticleAsync(app, "Second story"));
        await Task.Delay(1500);
        Assert.Equal(1, smtp.ReceivedEmailCount);
        await WithServiceAsync<MailPreferencesService>(app, async p =>
            Assert.Equal(MailDelivery.Off, (await p.GetAsync(await app.PrincipalOfAsync(DemoUsers.FactChecker))).Deliveries[NotificationKind.Assigned]));
    }

    [Fact]
    public async Task AMention_AndAClaimToCheck_AreMailed_WithLinksThatOpenTheCommentAndTheClaim()
    {
        var port = LoopbackPort.Free();
        using var smtp = SimpleSmtpServer.Start(port);
        await using var app = await FreshAppAsync(database, port);
        var article = await ArticleAsync(app, "Exact places");
        var editor = await ApiClient.ForAsync(app, DemoUsers.Editor);
        var factChecker = await UserIdAsync(app, DemoUsers.FactChecker);

        var started = await editor.PostAsJsonAsync($"/api/articles/{article}/annotations",
            new { revisionNumber = 1, start = 0, end = 5, text = "@factchecker is this right?" });
        var thread = (await started.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var flagged = await editor.PostAsJsonAsync($"/api/articles/{article}/claims", new { revisionNumber = 1, start = 6, end = 8, claimant = "Mayor" });
        var claim = (await flagged.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await editor.PutAsJsonAsync($"/api/articles/{article}/claims/{claim}", new { claimant = "Mayor", notes = "", assigneeId = factChecker }))
            .EnsureSuccessStatusCode();

        var mails = await WaitForMailAsync(smtp, 2);
        var mention = Assert.Single(mails, m => m.Subject == "You were mentioned: “Exact places”");
        var toCheck = Assert.Single(mails, m => m.Subject == "A claim to check: “Exact places”");
        Assert.Contains($"https://editorial.example/articles/{article}?thread={thread}", mention.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://editorial.example/articles/{article}?thread={thread}\"", mention.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"https://editorial.example/articles/{article}?claim={claim}", toCheck.TextBody, StringComparison.Ordinal);
        Assert.Contains("“to”", toCheck.TextBody, StringComparison.Ordinal);

        // The notes change, the assignee does not: nobody is told again.
        (await editor.PutAsJsonAsync($"/api/articles/{article}/claims/{claim}", new { claimant = "Mayor", notes = "Call the office.", assigneeId = factChecker }))
            .EnsureSuccessStatusCode();
        await Task.Delay(1500);
        Assert.Equal(2, smtp.ReceivedEmailCount);
        var timeline = await editor.GetStringAsync($"/api/articles/{article}/audit");
        Assert.Contains("Erin Editor asked Farid Factchecker to check the claim ", timeline, StringComparison.Ordinal);
        Assert.Contains("Erin Editor updated a claim", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKindChosenForTheDigest_IsGatheredIntoOneDailyMail_AtTheChosenHour_Once()
    {
        var port = LoopbackPort.Free();
        using var smtp = SimpleSmtpServer.Start(port);
        await using var app = await FreshAppAsync(database, port);
        await SaveAsync(app, DemoUsers.FactChecker, NotificationKind.Assigned, MailDelivery.Digest, (DateTime.UtcNow.Hour + 12) % 24);
        await AssignAsync(app, await ArticleAsync(app, "Digest one"));
        await AssignAsync(app, await ArticleAsync(app, "Digest two"));
        await Task.Delay(1000);
        Assert.Equal(0, smtp.ReceivedEmailCount);

        await SaveAsync(app, DemoUsers.FactChecker, NotificationKind.Assigned, MailDelivery.Digest, DateTime.UtcNow.Hour);
        var scheduler = app.Services.GetRequiredService<MailScheduler>();
        await scheduler.RunAsync(CancellationToken.None);
        await scheduler.RunAsync(CancellationToken.None);

        var digest = Assert.Single(await WaitForMailAsync(smtp, 1));
        Assert.Equal("Your Editorial digest: 2 notifications", digest.Subject);
        Assert.Contains("Digest one", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Digest two", digest.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("the daily digest", digest.TextBody, StringComparison.Ordinal);
        await Task.Delay(1000);
        Assert.Equal(1, smtp.ReceivedEmailCount);
    }

    [Fact]
    public async Task ADueDate_BringsOneReminder_InTheAppAndByMail_HoweverOftenTheSchedulerRuns()
    {
        var port = LoopbackPort.Free();
        using var smtp = SimpleSmtpServer.Start(port);
        await using var app = await FreshAppAsync(database, port);
        await SaveAsync(app, DemoUsers.FactChecker, NotificationKind.Assigned, MailDelivery.Off, 7);
        var article = await ArticleAsync(app, "Due soon");
        await AssignAsync(app, article, DateTime.UtcNow.AddHours(3));

        var scheduler = app.Services.GetRequiredService<MailScheduler>();
        await Task.WhenAll(scheduler.RunAsync(CancellationToken.None), scheduler.RunAsync(CancellationToken.None));
        await scheduler.RunAsync(CancellationToken.None);

        // The fact-checker and the article's writer are each reminded once.
        await WaitForMailAsync(smtp, 2);
        await Task.Delay(1000);
        var reminders = (await WaitForMailAsync(smtp, 2)).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, m => Assert.Equal("Due tomorrow: “Due soon”", m.Subject));
        Assert.Equal([DemoUsers.Editor, DemoUsers.FactChecker], reminders.Select(m => m.To.Mailboxes.Single().Address).Order());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        var factChecker = await UserIdAsync(app, DemoUsers.FactChecker);
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.ArticleId == article && n.UserId == factChecker && n.Kind == NotificationKind.DueTomorrow));
    }

    [Fact]
    public async Task AMailServerThatIsDown_IsTriedAgain_AndTheMailArrivesOnceItIsUp()
    {
        var port = LoopbackPort.Free();
        await using var app = await FreshAppAsync(database, port);
        await AssignAsync(app, await ArticleAsync(app, "Server down"));
        await WaitForAttemptsAsync(app, 2);

        using var smtp = SimpleSmtpServer.Start(port);
        var mail = Assert.Single(await WaitForMailAsync(smtp, 1));
        Assert.StartsWith("Assigned to you", mail.Subject, StringComparison.Ordinal);
        await Task.Delay(1000);
        Assert.Equal(1, smtp.ReceivedEmailCount);
    }

    [Fact]
    public async Task AMailServerThatRefusesTheRecipient_IsNotPestered_AndTheRefusalIsRecorded()
    {
        await using var refusing = new RefusingSmtpServer();
        await using var app = await FreshAppAsync(database, refusing.Port);
        await AssignAsync(app, await ArticleAsync(app, "Refused"));

        var failed = await WaitForAsync(app, db => db.OutboxMessages.FirstOrDefaultAsync(m => m.Channel == MailOutbox.Channel && m.Status == OutboxStatus.Failed));
        Assert.Contains("550", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal(1, refusing.Refused);

        // The administrators' log shows it, to whom and why; others may not read it.
        var admin = await ApiClient.ForAsync(app, DemoUsers.Admin);
        var logged = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/mail")).GetProperty("mails").EnumerateArray().Single();
        Assert.Equal((DemoUsers.FactChecker, "being assigned an article", "Failed"),
            (logged.GetProperty("to").GetString(), logged.GetProperty("about").GetString(), logged.GetProperty("status").GetString()));
        Assert.Contains("550", logged.GetProperty("attempts")[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        var editor = await ApiClient.ForAsync(app, DemoUsers.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/admin/mail")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync($"/api/admin/mail/{failed.Id}/resend", null)).StatusCode);

        // Sent again by an administrator (the address was fixed, say): tried once more, and recorded.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/mail/{failed.Id}/resend", null)).StatusCode);
        await WaitForAsync(app, db => db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == failed.Id && m.Attempts == 2 && m.Status == OutboxStatus.Failed));
        Assert.Equal(2, refusing.Refused);
        Assert.Contains("MailResent", await admin.GetStringAsync("/api/admin/security-log"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/admin/mail/{Guid.NewGuid()}/resend", null)).StatusCode);
    }

    [Fact]
    public async Task AnAppStoppedBetweenRetries_SendsTheMailOnce_AfterItStartsAgain()
    {
        var port = LoopbackPort.Free();
        Guid message;
        await using (var first = await FreshAppAsync(database, port))
        {
            await AssignAsync(first, await ArticleAsync(first, "Restarted"));
            message = (await WaitForAsync(first, db => db.OutboxMessages.FirstOrDefaultAsync(m => m.Channel == MailOutbox.Channel && m.Attempts >= 1))).Id;
        }

        // The mail server comes up while the app is down; the next instance finds the mail waiting.
        using var smtp = SimpleSmtpServer.Start(port);
        await using var second = database.App(settings: Settings(port));
        _ = second.Server;
        var mail = Assert.Single(await WaitForMailAsync(smtp, 1));
        Assert.Equal($"{message:N}@editorial", mail.MessageId);
        await Task.Delay(1500);
        Assert.Equal(1, smtp.ReceivedEmailCount);
    }

    private static async Task WaitForAttemptsAsync(EditorialAppFactory app, int attempts) =>
        await WaitForAsync(app, db => db.OutboxMessages.FirstOrDefaultAsync(m => m.Channel == MailOutbox.Channel && m.Attempts >= attempts));

    private static async Task<T> WaitForAsync<T>(EditorialAppFactory app, Func<EditorialDbContext, Task<T?>> query)
        where T : class
    {
        for (var i = 0; i < 300; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            if (await query(scope.ServiceProvider.GetRequiredService<EditorialDbContext>()) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("What the test waited for never happened.");
    }
}

/// <summary><see cref="MailTests"/> on PostgreSQL.</summary>
public sealed class MailTestsOnPostgres(PostgresDatabase database) : MailTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="MailTests"/> on the embedded SQLite default.</summary>
public sealed class MailTestsOnSqlite(SqliteFolder database) : MailTests(database), IClassFixture<SqliteFolder>;

using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>An administrator connects a CMS in the browser and follows what it was sent; and follows the e-mail sent.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebhookTests(BrowserServer server)
{
    [Fact]
    public async Task AnAdministrator_ConnectsACms_FollowsEachDeliveryAndItsAttempts_AndReplaysOne()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = n => new ReceiverAnswer(n == 1 ? 500 : 204);
        var admin = await server.SignedInPageAsync(DemoUsers.Admin);
        await admin.GotoAsync("/admin/webhooks");
        await new AppShell(admin).WaitUntilInteractiveAsync();
        var webhooks = new WebhooksPageObject(admin);

        // A private address is refused with the reason; the dialog keeps what was typed.
        await webhooks.OpenRegisterDialogAsync();
        await webhooks.Dialog.GetByLabel("Name").FillAsync("Internal");
        await webhooks.Dialog.GetByLabel("Address").FillAsync("http://10.0.0.5/hook");
        await webhooks.Dialog.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("private network");
        await Assertions.Expect(webhooks.Dialog.GetByLabel("Name")).ToHaveValueAsync("Internal");

        var secret = await webhooks.RegisterAsync("CMS desk", receiver.Url, "An article was created or imported");
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        await admin.GetByRole(AriaRole.Button, new() { Name = "I have copied it" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("webhook-secret")).ToHaveCountAsync(0);

        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        await new ArticlePageObject(editor).CreateAsync("Delivered story", "Words for the CMS.");
        await receiver.WaitForAsync(r => r.Any(x => x.Taken));

        await admin.GetByRole(AriaRole.Link, new() { Name = "CMS desk" }).ClickAsync();
        var delivery = admin.GetByTestId("webhook-delivery").Filter(new() { HasText = "article.created" });
        await Assertions.Expect(delivery).ToHaveCountAsync(1);
        await Assertions.Expect(delivery.GetByTestId("delivery-attempt")).ToHaveCountAsync(2);
        await Assertions.Expect(delivery.GetByTestId("delivery-attempt").First).ToContainTextAsync("The receiver answered HTTP 500.");
        await Assertions.Expect(delivery.GetByTestId("delivery-attempt").Last).ToContainTextAsync("204");

        await delivery.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Replay article.created") }).ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-snackbar").Filter(new() { HasText = "Sent again." })).ToBeVisibleAsync();
        var got = await receiver.WaitForAsync(r => r.Count(x => x.Taken) >= 2);
        Assert.Equal(got[^2].WebhookId, got[^1].WebhookId);
        await admin.Context.CloseAsync();
        await editor.Context.CloseAsync();
    }

    [Fact]
    public async Task AManager_EmbargoesAnArticle_FromTheKeyboard_AndTheArticleListShowsIt()
    {
        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        var url = await new ArticlePageObject(editor).CreateAsync("Embargoed story", "Not before Monday.");
        await editor.Context.CloseAsync();
        var manager = await server.SignedInPageAsync(DemoUsers.Manager);
        await manager.GotoAsync(url);
        await new AppShell(manager).WaitUntilInteractiveAsync();

        await manager.GetByRole(AriaRole.Button, new() { Name = "Embargo" }).ClickAsync();
        var dialog = manager.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Day (UTC, year-month-day)").FillAsync("2027-03-01");
        await dialog.GetByLabel("Day (UTC, year-month-day)").PressAsync("Tab");
        await dialog.GetByLabel("Time (UTC, 24-hour)").FillAsync("09:30");
        await dialog.GetByLabel("Time (UTC, 24-hour)").PressAsync("Tab");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Set embargo" }).ClickAsync();

        await Assertions.Expect(manager.GetByTestId("embargo")).ToContainTextAsync("2027-03-01");
        await manager.GotoAsync("/articles");
        await new AppShell(manager).WaitUntilInteractiveAsync();
        var row = manager.GetByRole(AriaRole.Row).Filter(new() { HasText = "Embargoed story" });
        await Assertions.Expect(row.GetByTestId("embargo-note")).ToContainTextAsync("Embargoed until");

        // Lifted, it is gone from both.
        await manager.GotoAsync(url);
        await new AppShell(manager).WaitUntilInteractiveAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Embargo" }).ClickAsync();
        await manager.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Lift embargo" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("embargo")).ToHaveCountAsync(0);
        await manager.Context.CloseAsync();
    }

    [Fact]
    public async Task APerson_ChoosesWhichNotificationsComeByEmail()
    {
        var page = await server.SignedInPageAsync(DemoUsers.FactChecker);
        await page.GetByRole(AriaRole.Link, new() { Name = "Notification e-mails" }).ClickAsync();
        await new AppShell(page).WaitUntilInteractiveAsync();
        var mentions = page.GetByRole(AriaRole.Radiogroup, new() { Name = "E-mail about being mentioned in a comment" });
        var digest = mentions.GetByRole(AriaRole.Radio, new() { Name = "Daily digest" });
        await digest.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Saved.");

        await page.ReloadAsync();
        await new AppShell(page).WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radiogroup, new() { Name = "E-mail about being mentioned in a comment" })
            .GetByRole(AriaRole.Radio, new() { Name = "Daily digest" })).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnAdministrator_ReadsTheEmailLog_AndSendsAMailAgain()
    {
        var admin = await server.SignedInPageAsync(DemoUsers.Admin);
        var api = admin.Context.APIRequest;
        var asEditor = await Api.AuthAsync(api, DemoUsers.Editor);
        var article = await Api.JsonAsync(await api.PostAsync("/api/articles",
            new() { Headers = asEditor, DataObject = new { title = "Mail log story", body = ShortArticle.Body } }));
        await Api.JsonAsync(await api.PostAsync($"/api/articles/{article.GetProperty("id").GetString()}/annotations",
            new() { Headers = asEditor, DataObject = new { revisionNumber = 1, start = 0, end = 3, text = "@manager please look." } }));
        const string Subject = "You were mentioned: “Mail log story”";
        await WaitForMailAsync(Subject, 1);

        await admin.GetByRole(AriaRole.Link, new() { Name = "E-mail deliveries" }).ClickAsync();
        await new AppShell(admin).WaitUntilInteractiveAsync();
        var mail = admin.GetByTestId("mail-delivery").Filter(new() { HasText = "“Mail log story”" });
        await Assertions.Expect(mail.GetByRole(AriaRole.Heading)).ToHaveTextAsync("To manager@editorial.test: being mentioned in a comment (“Mail log story”)");
        await Assertions.Expect(mail.GetByText("Delivered")).ToBeVisibleAsync();
        await Assertions.Expect(mail.GetByTestId("delivery-attempt")).ToHaveCountAsync(1);

        await mail.GetByRole(AriaRole.Button, new() { Name = "Send again" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("Sent again.");
        // The same mail again (one Message-ID), and the log shows the second attempt.
        var sent = await WaitForMailAsync(Subject, 2);
        Assert.NotNull(Assert.Single(sent.Select(m => m.Headers["Message-ID"]).Distinct()));
        await admin.ReloadAsync();
        await Assertions.Expect(mail.GetByTestId("delivery-attempt")).ToHaveCountAsync(2);
        await admin.Context.CloseAsync();
    }

    private async Task<IReadOnlyList<netDumbster.smtp.SmtpMessage>> WaitForMailAsync(string subject, int count)
    {
        for (var i = 0; i < 200; i++)
        {
            var mails = server.Smtp.ReceivedEmail.Where(m => m.Subject == subject).ToList();
            if (mails.Count >= count)
            {
                return mails;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No {count} mails “{subject}” arrived.");
    }
}

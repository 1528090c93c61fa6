using Deque.AxeCore.Playwright;
using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>
/// axe-core finds nothing, of any impact, on every page of the app, in light and in dark mode, with
/// the states a review brings: comment threads and claims open, a pending tracked change, dialogs.
/// Each failure names the page, the rule and the element, so a regression says where to look.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserServer server)
{
    private readonly List<string> _violations = [];

    [Fact]
    public async Task SignInAndErrorPages_HaveNoViolations()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/account/login");
        await AuditAsync(page, "sign in");
        await page.GotoAsync("/account/register");
        await AuditAsync(page, "register");

        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        await editor.GotoAsync("/not-found");
        await AuditAsync(editor, "not found");
        await editor.GotoAsync("/admin/users");
        await AuditAsync(editor, "access denied");
        await editor.GotoAsync("/account/password");
        await AuditAsync(editor, "change password");

        await page.Context.CloseAsync();
        await editor.Context.CloseAsync();
        Assert.True(_violations.Count == 0, string.Join('\n', _violations));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task EveryPage_OfAReview_HasNoViolations(ColorScheme scheme)
    {
        var mode = scheme.ToString().ToLowerInvariant();
        // An administrator connects a CMS first, so the review below leaves deliveries in its log.
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await server.SignedInPageAsync(DemoUsers.Admin, colorScheme: scheme);
        await OpenAsync(admin, "/admin/webhooks");
        await AuditAsync(admin, $"{mode} webhooks");
        var webhooks = new WebhooksPageObject(admin);
        await webhooks.OpenRegisterDialogAsync();
        await AuditAsync(admin, $"{mode} webhook dialog");
        await webhooks.RegisterAsync($"CMS ({mode})", receiver.Url, "An article was created or imported");
        await AuditAsync(admin, $"{mode} webhook secret");

        var editor = await server.SignedInPageAsync(DemoUsers.Editor, colorScheme: scheme);
        await AuditAsync(editor, $"{mode} dashboard");

        // An article with a comment, a claim and an edit still to be accepted.
        await OpenAsync(editor, "/articles/new");
        await AuditAsync(editor, $"{mode} new article");
        var article = new Uri(await new ArticlePageObject(editor).CreateAsync($"Accessible story ({mode})", ShortArticle.Body)).AbsolutePath;
        var comments = new CommentsPageObject(editor);
        await comments.SelectAsync("6,000 of them");
        await editor.GetByTestId("selection-toolbar").GetByRole(AriaRole.Button, new() { Name = "Comment" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await AuditAsync(editor, $"{mode} comment dialog");
        await editor.GetByRole(AriaRole.Dialog).Locator("#comment-text").FillAsync("Source for this figure?");
        await editor.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        await AuditMessageAsync(editor, $"{mode} success message");
        await comments.Threads.GetByTestId("comment-quote").ClickAsync();
        await Assertions.Expect(comments.Threads.GetByLabel("Reply")).ToBeVisibleAsync();
        await AuditAsync(editor, $"{mode} article with an open thread");
        await editor.SetViewportSizeAsync(390, 844);
        await AuditAsync(editor, $"{mode} article on a phone");
        await editor.GetByRole(AriaRole.Navigation, new() { Name = "Review parts" }).GetByRole(AriaRole.Button, new() { Name = "Comments & claims" }).ClickAsync();
        await AuditAsync(editor, $"{mode} comments on a phone");
        await editor.SetViewportSizeAsync(1280, 720);

        await OpenAsync(editor, $"{article}/edit");
        await AuditAsync(editor, $"{mode} edit");
        var text = new TextEditor(editor);
        await text.ReplaceWithAsync(ShortArticle.Body.Replace("secret", "closed to visitors", StringComparison.Ordinal));
        // And a formatting change, so the tracked changes page lists one.
        await text.SelectAsync("6,000 of them");
        await editor.Keyboard.PressAsync("Control+B");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Saved as revision 2.")).ToBeVisibleAsync();
        await OpenAsync(editor, $"{article}/changes");
        await Assertions.Expect(editor.GetByTestId("formatting-change")).ToHaveCountAsync(1);
        await AuditAsync(editor, $"{mode} tracked changes");
        await OpenAsync(editor, $"{article}/history");
        await AuditAsync(editor, $"{mode} history");
        await OpenAsync(editor, $"{article}/since-my-sign-off");
        await AuditAsync(editor, $"{mode} changes since my sign-off");
        await OpenAsync(editor, "/articles");
        await AuditAsync(editor, $"{mode} articles");
        await OpenAsync(editor, "/account/notifications");
        await AuditAsync(editor, $"{mode} notification e-mails");
        // Reached from an e-mail, and never interactive: a plain page.
        await editor.GotoAsync("/mail/unsubscribe?token=not-a-token");
        await AuditAsync(editor, $"{mode} unsubscribe");
        await OpenAsync(editor, "/search?q=memorial");
        await AuditAsync(editor, $"{mode} search");
        await OpenAsync(editor, "/tokens");
        await AuditAsync(editor, $"{mode} API tokens");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Notifications" }).ClickAsync();
        await AuditAsync(editor, $"{mode} notifications");

        var factChecker = await server.SignedInPageAsync(DemoUsers.FactChecker, colorScheme: scheme);
        await OpenAsync(factChecker, article);
        var claims = new ClaimsPageObject(factChecker);
        await new CommentsPageObject(factChecker).SelectAsync("the memorial");
        await factChecker.GetByTestId("selection-toolbar").GetByRole(AriaRole.Button, new() { Name = "Flag claim" }).ClickAsync();
        await AuditAsync(factChecker, $"{mode} flag claim dialog");
        await factChecker.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Flag claim" }).ClickAsync();
        await claims.OpenAsync();
        await claims.Claims.GetByTestId("claim-quote").ClickAsync();
        await Assertions.Expect(claims.Claims.GetByRole(AriaRole.Button, new() { Name = "Save status" })).ToBeVisibleAsync();
        await AuditAsync(factChecker, $"{mode} article with an open claim");

        // Suggesting: the suggester's editor with a suggestion shown, and the editor's page with it in the text.
        await OpenAsync(factChecker, $"{article}/suggest");
        var suggesting = new TextEditor(factChecker, "Article text (suggesting)");
        await suggesting.SelectAsync("memorial");
        await factChecker.Keyboard.TypeAsync("monument");
        await Assertions.Expect(factChecker.Locator("ins.ed-suggest-insert")).ToHaveTextAsync("monument");
        await AuditAsync(factChecker, $"{mode} suggesting");
        await OpenAsync(editor, article);
        await Assertions.Expect(editor.GetByTestId("suggestion")).ToHaveCountAsync(1);
        await editor.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Suggestions") }).ClickAsync();
        await AuditAsync(editor, $"{mode} article with a suggestion");

        await admin.GetByRole(AriaRole.Link, new() { Name = $"CMS ({mode})" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("webhook-delivery").First).ToBeVisibleAsync();
        await AuditAsync(admin, $"{mode} webhook deliveries");
        await OpenAsync(admin, "/admin/mail");
        await AuditAsync(admin, $"{mode} e-mail deliveries");
        await OpenAsync(admin, "/admin/users");
        await AuditAsync(admin, $"{mode} users");
        await OpenAsync(admin, "/admin/security-log");
        await AuditAsync(admin, $"{mode} security log");

        foreach (var page in new[] { editor, factChecker, admin })
        {
            await page.Context.CloseAsync();
        }

        Assert.True(_violations.Count == 0, string.Join('\n', _violations));
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await new AppShell(page).WaitUntilInteractiveAsync();
    }

    // Audits the page as it stands once the theme the browser asks for is applied and rendering has settled.
    private async Task AuditAsync(IPage page, string where)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var dark = await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches");
        if (dark && await page.GetByTestId("interactive").CountAsync() > 0)
        {
            // The layout switches once the page is live and has asked the browser (MainLayout.razor).
            await Assertions.Expect(page.Locator(".mud-layout.theme-dark")).ToHaveCountAsync(1);
        }

        // axe reads colours as drawn, and a message fading out during the audit is half see-through: the
        // messages are audited on their own while they stand (AuditMessageAsync) and closed here. Dialogs
        // and popovers open within MudBlazor's 300 ms transition.
        foreach (var close in await page.Locator(".mud-snackbar button").AllAsync())
        {
            await close.ClickAsync(new() { Force = true, Timeout = 2000 }).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        await page.WaitForTimeoutAsync(400);
        Record(where, await page.RunAxe());
    }

    // The message an action leaves (a snackbar), once it has faded in.
    private async Task AuditMessageAsync(IPage page, string where)
    {
        var message = page.Locator(".mud-snackbar").Last;
        await Assertions.Expect(message).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.mud-snackbar')].every(s => getComputedStyle(s).opacity === '1')");
        Record(where, await message.RunAxe());
    }

    private void Record(string where, Deque.AxeCore.Commons.AxeResult result) =>
        _violations.AddRange(result.Violations.SelectMany(rule => rule.Nodes.Select(node =>
            $"{where}: {rule.Id} ({rule.Impact}) at {node.Target}: {node.Any.FirstOrDefault()?.Message ?? rule.Help} {node.Html[..Math.Min(node.Html.Length, 160)]}")));
}

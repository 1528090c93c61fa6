using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>
/// The sample article fact-checked in the browser: a claim flagged, sourced, verified and signed
/// off; an edit to its words sends it back for re-check, invalidates the sign-off and blocks approval
/// until it is checked again.
/// </summary>
[Collection(FactCheckingBrowserCollection.Name)]
public sealed class FactCheckingTests(BrowserServer server)
{
    private const string SampleTitle = SampleArticle.Title;

    [Fact]
    public async Task AVerifiedClaim_EditedAfterSignOff_NeedsARecheck_AndBlocksApprovalUntilChecked()
    {
        var editorPage = await server.SignedInPageAsync(DemoUsers.Editor);
        var editor = new ArticlePageObject(editorPage);
        await editor.OpenFromListAsync(SampleTitle);
        await editor.ActAsync("Submit for sourcing check", "Submit for sourcing check");
        await Assertions.Expect(editor.CurrentStage).ToHaveTextAsync("Sourcing check");

        var factCheckerPage = await server.SignedInPageAsync(DemoUsers.FactChecker);
        var factChecker = new ArticlePageObject(factCheckerPage);
        await factChecker.OpenFromListAsync(SampleTitle);
        var claims = new ClaimsPageObject(factCheckerPage);
        await claims.OpenAsync();
        await claims.FlagAsync("over 6,000 of them killed", "South Korean, Ukrainian and Western intelligence sources");
        await Assertions.Expect(claims.Claims.GetByTestId("claim-status")).ToHaveTextAsync("Unchecked");
        await claims.AddSourceAsync("https://example.org/nis-briefing", "NIS briefing to lawmakers", "Yonhap");
        await claims.VerifyAsync("Matches the NIS figure reported by Yonhap.");
        await Assertions.Expect(claims.Panel.GetByTestId("claims-summary")).ToHaveTextAsync("1 claim: 1 verified");
        await factChecker.ActAsync("Sign off as FactChecker", "Sign off as FactChecker");
        await Assertions.Expect(factChecker.Workflow.GetByTestId("requirement-FactChecker")).ToContainTextAsync("(done)");

        // The editor changes the figure.
        await editorPage.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await new AppShell(editorPage).WaitUntilInteractiveAsync();
        var body = await new TextEditor(editorPage).TextAsync();
        await new TextEditor(editorPage).ReplaceWithAsync(body.Replace("over 6,000 of them", "over 6,500 of them", StringComparison.Ordinal));
        await editorPage.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editorPage.GetByText("Saved as revision 2.")).ToBeVisibleAsync();

        // The fact-checker's page follows: the claim needs a re-check and the sign-off is invalidated.
        await Assertions.Expect(claims.Claims.GetByTestId("claim-status")).ToHaveTextAsync("Needs re-check (words changed)");
        await Assertions.Expect(claims.Claims.GetByTestId("claim-quote")).ToHaveTextAsync("checked on “over 6,000 of them killed”, now “over 6,500 of them killed”");
        await Assertions.Expect(factChecker.Workflow.GetByTestId("requirement-FactChecker")).ToContainTextAsync("0 of 1");

        // Approval is refused while the claim is open.
        var managerPage = await server.SignedInPageAsync(DemoUsers.Manager);
        var manager = new ArticlePageObject(managerPage);
        await manager.OpenFromListAsync(SampleTitle);
        await Assertions.Expect(manager.Workflow.GetByTestId("gate-AllClaimsResolved")).ToContainTextAsync("1 claim is still open");
        await Assertions.Expect(manager.Workflow.GetByTestId("blocked-sign-off-note")).ToContainTextAsync("You can sign off now.");

        // The blocker leads to the claim: the Claims tab opens on it, and the keyboard continues from there.
        await manager.Workflow.GetByTestId("gate-AllClaimsResolved").GetByRole(AriaRole.Button, new() { Name = "Show the open claims" }).ClickAsync();
        var opener = new ClaimsPageObject(managerPage).Claims.GetByTestId("claim-quote");
        await Assertions.Expect(opener).ToBeFocusedAsync();
        await Assertions.Expect(opener).ToHaveAttributeAsync("aria-expanded", "true");

        // Checked again, the claim no longer blocks.
        await claims.Claims.ClickAsync();
        await claims.VerifyAsync("6,500 confirmed by the NIS update.");
        await Assertions.Expect(manager.Workflow.GetByTestId("gate-AllClaimsResolved")).Not.ToContainTextAsync("open");

        foreach (var page in new[] { editorPage, factCheckerPage, managerPage })
        {
            await page.Context.CloseAsync();
        }
    }
}

using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Annotations;
using Editorial.Domain.Claims;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Claims;
using Editorial.Web.Features.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Editorial.IntegrationTests.Claims;

/// <summary>Claims through the service the article page calls, on PostgreSQL: lifecycle, re-check, gate.</summary>
public abstract class ClaimServiceTests(ITestDatabase database) : AppTest(database.App())
{
    internal const string Body = "North Korea deployed approximately 14,000 troops to Ukraine, with over 6,000 of them killed in combat.\nThe site is secret.";
    internal const string Words = "over 6,000 of them killed";

    private Task<ClaimsPrincipal> As(string email) => App.PrincipalOfAsync(email);

    private async Task<Guid> ArticleAsync() =>
        (await WithAsync<ArticleService, ArticleDetails>(async a => await a.CreateAsync(await As(DemoUsers.Editor), new ArticleDraft("Claims", Body)))).Id;

    private Task<Guid> FlagAsync(ClaimsPrincipal user, Guid id, string words = Words, int revision = 1)
    {
        var start = Body.IndexOf(words, StringComparison.Ordinal);
        return WithAsync<ClaimService, Guid>(s => s.FlagAsync(user, id, revision, start, start + words.Length, "Western intelligence sources"));
    }

    private async Task<ClaimsView> ClaimsAsync(Guid id) =>
        await WithAsync<ClaimService, ClaimsView>(async s => await s.ListAsync(await As(DemoUsers.Manager), id));

    private Task Do(Func<ClaimService, Task> action) => WithAsync<ClaimService, bool>(async s => { await action(s); return true; });

    private async Task VerifyAsync(Guid id, Guid claim)
    {
        var factChecker = await As(DemoUsers.FactChecker);
        await Do(s => s.AddSourceAsync(factChecker, id, claim, "https://example.org/report", "Casualty report", "Ministry", new DateOnly(2026, 11, 29), "Table 2"));
        var version = (await ClaimsAsync(id)).Claims.Single(c => c.Id == claim).Version;
        await Do(s => s.SetStatusAsync(factChecker, id, claim, ClaimStatus.Verified, "Matches the ministry's figure.", version));
    }

    [Fact]
    public async Task AFactChecker_FlagsSourcesAndVerifies_AndEveryStepIsInTheLog()
    {
        var id = await ArticleAsync();
        var claim = await FlagAsync(await As(DemoUsers.FactChecker), id);

        await VerifyAsync(id, claim);

        var view = await ClaimsAsync(id);
        var verified = view.Claims.Single();
        Assert.Equal((ClaimStatus.Verified, true, Words), (verified.Status, verified.IsResolved, verified.CheckedWording));
        Assert.Equal("Casualty report", verified.Sources.Single().Title);
        Assert.Equal("1 claim: 1 verified", view.Summary);
        var kinds = await WithAsync<EditorialDbContext, List<string>>(db => db.AuditEvents.Where(e => e.ArticleId == id).OrderBy(e => e.Sequence).Select(e => e.Kind).ToListAsync());
        Assert.Equal(["ArticleCreated", "TextRevised", "ClaimFlagged", "ClaimSourceAdded", "ClaimStatusSet"], kinds);
    }

    [Fact]
    public async Task AnEditToACheckedClaim_SendsItBackForRecheck_InvalidatesTheSignOff_AndApprovalIsRefused()
    {
        var id = await ArticleAsync();
        var editor = await As(DemoUsers.Editor);
        var factChecker = await As(DemoUsers.FactChecker);
        var claim = await FlagAsync(factChecker, id);
        await VerifyAsync(id, claim);
        await WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(editor, id, "submit", null));
        await WithAsync<WorkflowService, WorkflowView>(w => w.SignOffAsync(factChecker, id, "approve", Roles.FactChecker, SignOffDecision.Approve, null, 1));

        await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(editor, id, 1, new ArticleDraft("Claims", Body.Replace("6,000", "6,500", StringComparison.Ordinal))));

        var rechecked = (await ClaimsAsync(id)).Claims.Single();
        Assert.Equal(ClaimStatus.NeedsRecheck, rechecked.Status);
        Assert.Equal((Words, "over 6,500 of them killed"), (rechecked.CheckedWording, rechecked.Anchor.Quote.Exact));
        var workflow = await WithAsync<WorkflowService, WorkflowView>(w => w.GetAsync(factChecker, id));
        Assert.Equal(2, workflow.MyInvalidatedSignOff!.EndedByRevisionNumber);
        var manager = await As(DemoUsers.Manager);
        var blocked = await WithAsync<WorkflowService, WorkflowView>(w => w.SignOffAsync(manager, id, "approve", Roles.Manager, SignOffDecision.Approve, null, 2));
        var gate = blocked.Transitions.Single(t => t.Name == "approve").Gates.Single(g => g.Gate == GateNames.AllClaimsResolved);
        Assert.False(gate.Passed);
        Assert.Equal(Stages.SourcingCheck, blocked.Stage);
    }

    [Fact]
    public async Task AClaimWhoseWordsGo_IsOrphaned_AndBlocksUntilDismissedWithAReason()
    {
        var id = await ArticleAsync();
        var factChecker = await As(DemoUsers.FactChecker);
        var claim = await FlagAsync(factChecker, id);
        await WithAsync<ArticleService, (ArticleDetails, bool)>(async a => await a.SaveAsync(await As(DemoUsers.Editor), id, 1,
            new ArticleDraft("Claims", "North Korea deployed approximately 14,000 troops to Ukraine.\nThe site is secret.")));

        var orphan = (await ClaimsAsync(id)).Claims.Single();
        await Assert.ThrowsAsync<EditorialDomainException>(() => Do(s => s.DismissAsync(factChecker, id, claim, "")));
        await Assert.ThrowsAsync<WorkflowPermissionException>(async () => await Do(async s => await s.DismissAsync(await As(DemoUsers.Editor), id, claim, "Cut")));
        await Do(s => s.DismissAsync(factChecker, id, claim, "The sentence was cut."));

        Assert.True(orphan.IsOrphaned);
        Assert.False(orphan.IsResolved);
        var dismissed = (await ClaimsAsync(id)).Claims.Single();
        Assert.True(dismissed.IsResolved);
        Assert.Equal("The sentence was cut.", dismissed.DismissedReason);
    }

    [Fact]
    public async Task BadInput_IsRefused_AndNothingIsSaved()
    {
        var id = await ArticleAsync();
        var factChecker = await As(DemoUsers.FactChecker);
        var claim = await FlagAsync(factChecker, id);
        var seen = (await ClaimsAsync(id)).Claims.Single().Version;

        var twice = await Assert.ThrowsAsync<EditorialDomainException>(() => FlagAsync(factChecker, id));
        var stale = await Assert.ThrowsAsync<StaleTextException>(() => FlagAsync(factChecker, id, "14,000 troops", revision: 5));
        var script = await Assert.ThrowsAsync<EditorialDomainException>(() => Do(s => s.AddSourceAsync(factChecker, id, claim, "javascript:alert(1)", "x", "y", new DateOnly(2026, 1, 1), "")));
        var noSource = await Assert.ThrowsAsync<EditorialDomainException>(() => Do(s => s.SetStatusAsync(factChecker, id, claim, ClaimStatus.Verified, "Fine", seen)));
        var hugeNote = await Assert.ThrowsAsync<EditorialDomainException>(() => Do(s => s.DescribeAsync(factChecker, id, claim, "x", new string('n', 1_000_000), null)));
        var notAFactChecker = await Assert.ThrowsAsync<EditorialDomainException>(async () => await Do(async s =>
            await s.DescribeAsync(factChecker, id, claim, "x", "", (await As(DemoUsers.Editor)).FindFirstValue(ClaimTypes.NameIdentifier))));
        var editor = await As(DemoUsers.Editor);
        var notAllowed = await Assert.ThrowsAsync<WorkflowPermissionException>(() => Do(s => s.SetStatusAsync(editor, id, claim, ClaimStatus.InProgress, "", seen)));

        Assert.Contains("already flagged", twice.Message, StringComparison.Ordinal);
        Assert.Contains("Select the words again", stale.Message, StringComparison.Ordinal);
        Assert.Contains("http", script.Message, StringComparison.Ordinal);
        Assert.Contains("source", noSource.Message, StringComparison.Ordinal);
        Assert.Contains("limit", hugeNote.Message, StringComparison.Ordinal);
        Assert.Contains("Fact-checker", notAFactChecker.Message, StringComparison.Ordinal);
        Assert.Contains("Fact-checkers", notAllowed.Message, StringComparison.Ordinal);
        var unchanged = (await ClaimsAsync(id)).Claims.Single();
        Assert.Equal((ClaimStatus.Unchecked, 0, seen), (unchanged.Status, unchanged.Sources.Count, unchanged.Version));
    }

    [Fact]
    public async Task AVerdictOnAClaimWhoseWordsChangedWhileTheDialogWasOpen_IsRefused()
    {
        var id = await ArticleAsync();
        var factChecker = await As(DemoUsers.FactChecker);
        var claim = await FlagAsync(factChecker, id);
        await Do(s => s.AddSourceAsync(factChecker, id, claim, "https://example.org", "t", "p", new DateOnly(2026, 11, 29), ""));
        var seen = (await ClaimsAsync(id)).Claims.Single().Version;
        await WithAsync<ArticleService, (ArticleDetails, bool)>(async a => await a.SaveAsync(await As(DemoUsers.Editor), id, 1,
            new ArticleDraft("Claims", Body.Replace("6,000", "6,100", StringComparison.Ordinal))));

        await Assert.ThrowsAsync<StaleTextException>(() => Do(s => s.SetStatusAsync(factChecker, id, claim, ClaimStatus.Verified, "", seen)));
        Assert.Equal(ClaimStatus.Unchecked, (await ClaimsAsync(id)).Claims.Single().Status);
    }

    [Fact]
    public async Task TheCandidates_OfTheSampleArticle_IncludeItsKnownClaims()
    {
        var sample = await WithAsync<EditorialDbContext, Guid>(db => db.Articles.Where(a => a.Slug == "kim-forklift-memorial").Select(a => a.Id).SingleAsync());

        var found = await WithAsync<ClaimService, ClaimCandidates>(async s => await s.CandidatesAsync(await As(DemoUsers.FactChecker), sample));
        var candidates = found.Candidates;

        Assert.Equal(1, found.RevisionNumber);
        foreach (var words in new[] { "14,000 troops", "6,000 of them killed", "signed in 2024", "two hypersonic missiles", "‘No one in the world" })
        {
            Assert.Contains(candidates, c => c.Sentence.Contains(words, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Orphaned_AnchorStatus_IsListedLast()
    {
        var id = await ArticleAsync();
        var factChecker = await As(DemoUsers.FactChecker);
        await FlagAsync(factChecker, id, "14,000 troops");
        await FlagAsync(factChecker, id, "The site is secret.");
        await WithAsync<ArticleService, (ArticleDetails, bool)>(async a => await a.SaveAsync(await As(DemoUsers.Editor), id, 1,
            new ArticleDraft("Claims", "North Korea deployed approximately 14,000 troops to Ukraine, with over 6,000 of them killed in combat.")));

        var claims = (await ClaimsAsync(id)).Claims;

        Assert.Equal([AnchorStatus.Exact, AnchorStatus.Orphaned], claims.Select(c => c.Anchor.Status));
        Assert.Equal("2 claims: 2 open", (await ClaimsAsync(id)).Summary);
    }
}

/// <summary><see cref="ClaimServiceTests"/> on PostgreSQL.</summary>
public sealed class ClaimServiceTestsOnPostgres(PostgresDatabase database) : ClaimServiceTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="ClaimServiceTests"/> on the embedded SQLite default.</summary>
public sealed class ClaimServiceTestsOnSqlite(SqliteFolder database) : ClaimServiceTests(database), IClassFixture<SqliteFolder>;

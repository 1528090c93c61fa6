using Editorial.Domain;
using Editorial.Domain.Text;
using Editorial.Testing;
using Editorial.Web.Features.Articles;
using Editorial.Web.Security;

namespace Editorial.IntegrationTests.Articles;

public abstract class EditorDraftServiceTests(ITestDatabase database) : AppTest(database.App())
{
    [Fact]
    public async Task ADraft_IsKeptAsTyped_PerUserAndArticle_UntilDiscarded()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var other = await App.PrincipalOfAsync(DemoUsers.EditorAndFactChecker);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("Drafted", "Text.")));

        await WithAsync<EditorDraftService>(d => d.SaveAsync(editor, article.Id, 1, "Drafted ", "Text.\r\nMore <b>typed</b> text.\u0007", BodyFormat.Markdown));
        await WithAsync<EditorDraftService>(d => d.SaveAsync(editor, article.Id, 1, "Drafted", "Text.\nEven more.", BodyFormat.Markdown));

        var mine = await WithAsync<EditorDraftService, DraftView?>(d => d.GetAsync(editor, article.Id));
        Assert.Equal((1, "Drafted", "Text.\nEven more."), (mine!.BaseRevisionNumber, mine.Title, mine.Body));
        Assert.Null(await WithAsync<EditorDraftService, DraftView?>(d => d.GetAsync(other, article.Id)));
        Assert.Null(await WithAsync<EditorDraftService, DraftView?>(d => d.GetAsync(editor, null)));

        await WithAsync<EditorDraftService>(d => d.DiscardAsync(editor, article.Id));
        Assert.Null(await WithAsync<EditorDraftService, DraftView?>(d => d.GetAsync(editor, article.Id)));
    }

    [Fact]
    public async Task AnAbsurdlyLongDraft_IsRefused()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);

        await Assert.ThrowsAsync<EditorialDomainException>(() =>
            WithAsync<EditorDraftService>(d => d.SaveAsync(editor, null, 0, "Title", new string('x', 400_001), BodyFormat.Markdown)));
    }

    [Fact]
    public async Task OnlyEditors_KeepDrafts()
    {
        var factChecker = await App.PrincipalOfAsync(DemoUsers.FactChecker);

        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAsync<EditorDraftService>(d => d.SaveAsync(factChecker, null, 0, "T", "B", BodyFormat.Markdown)));
    }
}

/// <summary><see cref="EditorDraftServiceTests"/> on PostgreSQL.</summary>
public sealed class EditorDraftServiceTestsOnPostgres(PostgresDatabase database) : EditorDraftServiceTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="EditorDraftServiceTests"/> on the embedded SQLite default.</summary>
public sealed class EditorDraftServiceTestsOnSqlite(SqliteFolder database) : EditorDraftServiceTests(database), IClassFixture<SqliteFolder>;

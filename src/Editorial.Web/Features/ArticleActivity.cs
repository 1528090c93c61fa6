using Editorial.Domain.Articles;
using Editorial.Infrastructure.Articles;
using Editorial.Infrastructure.Persistence;

namespace Editorial.Web.Features;

/// <summary>Saving a change that is not a text change (a comment, a claim) as activity on its article.</summary>
public static class ArticleActivity
{
    /// <summary>
    /// Notes the activity on the article (so it and a concurrent save of the text cannot both win)
    /// and saves through the recorder; a lost race becomes a conflict with nothing saved.
    /// </summary>
    public static async Task SaveActivityAsync(this ArticleChangeRecorder changes, EditorialDbContext db, Article article, string kind,
        DateTime now, CancellationToken cancellationToken)
    {
        article.NoteActivity(now);
        await changes.SaveAsync(db, article, kind, cancellationToken);
    }
}

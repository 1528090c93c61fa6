namespace Editorial.Infrastructure.Events;

/// <summary>
/// The bus that tells open pages an article changed (docs/architecture.md §7). Services publish after their
/// transaction commits; components subscribe for the article they show.
/// </summary>
public interface IArticleEvents
{
    /// <summary>Announces a committed change.</summary>
    void Publish(ArticleChanged change);

    /// <summary>Calls <paramref name="handler"/> for every change of <paramref name="articleId"/> until disposed.</summary>
    IDisposable Subscribe(Guid articleId, Func<ArticleChanged, Task> handler);
}

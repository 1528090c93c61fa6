namespace Editorial.Infrastructure.Events;

/// <summary>The article bus the app uses: this instance's subscribers at once, the other instances through the relay.</summary>
public sealed class RelayedArticleEvents(InProcessArticleEvents local, PostgresEventRelay relay) : IArticleEvents
{
    /// <inheritdoc />
    public void Publish(ArticleChanged change)
    {
        local.Publish(change);
        relay.Send(RelayMessage.ArticleTopic, change.ArticleId.ToString(), change.Kind, change.Log);
    }

    /// <inheritdoc />
    public IDisposable Subscribe(Guid articleId, Func<ArticleChanged, Task> handler) => local.Subscribe(articleId, handler);
}

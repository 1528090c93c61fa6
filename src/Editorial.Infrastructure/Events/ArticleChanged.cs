namespace Editorial.Infrastructure.Events;

/// <summary>Something about an article changed; listeners re-read what they show. Carries ids only.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Kind">What kind of change ("Workflow", "Text").</param>
public sealed record ArticleChanged(Guid ArticleId, string Kind)
{
    /// <summary>The kind that means "something may have been missed": re-read everything.</summary>
    public const string Resync = "Resync";
}

namespace Editorial.Infrastructure.WorkQueues;

/// <summary>
/// How many articles are in a stage, kept up to date by <see cref="WorkQueueRows"/> in the
/// transaction that creates an article or moves it, so the dashboard's counts are one small read
/// instead of a count over every article.
/// </summary>
public sealed class StageTally
{
    /// <summary>The stage's name.</summary>
    public string Stage { get; set; } = string.Empty;

    /// <summary>Articles in it.</summary>
    public long Articles { get; set; }
}

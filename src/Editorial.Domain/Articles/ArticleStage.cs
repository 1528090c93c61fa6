namespace Editorial.Domain.Articles;

/// <summary>Where an article is in the review workflow.</summary>
public enum ArticleStage
{
    /// <summary>Being written or revised by editors.</summary>
    Draft,

    /// <summary>Submitted; fact-checkers and managers are reviewing it.</summary>
    SourcingCheck,

    /// <summary>Approved for publication; its text is read-only until a manager reopens it.</summary>
    Approved,
}

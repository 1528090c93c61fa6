namespace Editorial.Web.Features.Articles;

/// <summary>What the article list is narrowed to; every part is optional.</summary>
/// <param name="Stage">Only this stage.</param>
/// <param name="AssigneeId">Only articles with this user as assigned fact-checker or manager.</param>
/// <param name="Author">Byline contains this (case-insensitive).</param>
/// <param name="Text">Title contains this (case-insensitive).</param>
/// <param name="DueBefore">Only articles with a due date before this instant (UTC).</param>
public sealed record ArticleFilter(string? Stage = null, string? AssigneeId = null, string? Author = null, string? Text = null,
    DateTime? DueBefore = null)
{
    /// <summary>No filter.</summary>
    public static ArticleFilter None { get; } = new();

    /// <summary>Longest search text accepted; longer input is cut, never an error.</summary>
    public const int MaxSearchLength = 200;

    /// <summary>Whether this filter keeps every article (blank fields filter nothing).</summary>
    public bool KeepsAll => string.IsNullOrWhiteSpace(Stage) && string.IsNullOrWhiteSpace(AssigneeId)
        && string.IsNullOrWhiteSpace(Author) && string.IsNullOrWhiteSpace(Text) && DueBefore is null;
}

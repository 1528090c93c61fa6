using Editorial.Domain.Text;

namespace Editorial.Domain.Suggestions;

/// <summary>
/// One person's suggestions for an article: their proposed text, kept as they type it (docs/architecture.md
/// §4, "Suggestions"). What they suggest is the difference between it and the article's current text, so it
/// is never stored twice and never out of step: each difference is one suggestion, shown in the text to
/// everyone, which an Editor accepts (the words go into the article) or rejects (they go out of the
/// proposal). One per user and article; kept until nothing in it differs from the article.
/// </summary>
public sealed class SuggestedEdit
{
    private SuggestedEdit()
    {
        UserId = Body = ReadingText = string.Empty;
    }

    /// <summary>Starts the suggestions of <paramref name="userId"/> on an article.</summary>
    public SuggestedEdit(Guid articleId, string userId)
    {
        Id = Guid.CreateVersion7();
        ArticleId = articleId;
        UserId = userId;
        Body = ReadingText = string.Empty;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The article.</summary>
    public Guid ArticleId { get; private set; }

    /// <summary>Whose suggestions.</summary>
    public string UserId { get; private set; }

    /// <summary>The article revision the proposal was written on.</summary>
    public int BaseRevisionNumber { get; private set; }

    /// <summary>The proposed text, canonical Markdown.</summary>
    public string Body { get; private set; }

    /// <summary>The proposed text's words (what the suggestions are computed on).</summary>
    public string ReadingText { get; private set; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>The proposal as article text (title aside: suggestions are on the body).</summary>
    public ArticleText Proposal(string title, TextLimits limits) => ArticleText.CreateFormatted(title, Body, limits);

    /// <summary>Replaces the proposal.</summary>
    /// <param name="proposal">The proposed text (its title is not kept).</param>
    /// <param name="baseRevisionNumber">The revision it was written on.</param>
    /// <param name="now">Current time (UTC).</param>
    public void Propose(ArticleText proposal, int baseRevisionNumber, DateTime now)
    {
        var formatted = proposal.Format == BodyFormat.Markdown ? proposal : throw new ArgumentException("A proposal is stored as Markdown.", nameof(proposal));
        Body = formatted.Body;
        ReadingText = formatted.ReadingText;
        BaseRevisionNumber = baseRevisionNumber;
        UpdatedAt = now;
    }
}

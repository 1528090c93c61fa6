using Editorial.Domain.Text;

namespace Editorial.Domain.Articles;

/// <summary>
/// One immutable state of an article's text. Every save that changes the text makes a new
/// revision; nothing ever changes or deletes one.
/// </summary>
public sealed class Revision
{
    /// <summary>Longest summary a revision keeps.</summary>
    public const int MaxSummaryLength = 500;

    private Revision()
    {
        Title = Body = ContentHash = Summary = string.Empty;
    }

    internal Revision(Guid articleId, int number, Guid? parentId, string? authorId, DateTime createdAt,
        RevisionKind kind, ArticleText text, string? summary)
    {
        Id = Guid.CreateVersion7();
        ArticleId = articleId;
        Number = number;
        ParentId = parentId;
        AuthorId = authorId;
        CreatedAt = createdAt;
        Kind = kind;
        Title = text.Title;
        Body = text.Body;
        ContentHash = text.Hash;
        Summary = NormalizeSummary(summary);
    }

    /// <summary>Identity of the revision.</summary>
    public Guid Id { get; private set; }

    /// <summary>The article this is a revision of.</summary>
    public Guid ArticleId { get; private set; }

    /// <summary>1 for the first revision, then consecutive.</summary>
    public int Number { get; private set; }

    /// <summary>The revision this one was made from; null for the first.</summary>
    public Guid? ParentId { get; private set; }

    /// <summary>The user who made it; null when the system imported it.</summary>
    public string? AuthorId { get; private set; }

    /// <summary>When it was made (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>What produced it.</summary>
    public RevisionKind Kind { get; private set; }

    /// <summary>The normalized title at this revision.</summary>
    public string Title { get; private set; }

    /// <summary>The normalized body at this revision.</summary>
    public string Body { get; private set; }

    /// <summary>SHA-256 of title and body (see <see cref="Text.ContentHash"/>).</summary>
    public string ContentHash { get; private set; }

    /// <summary>What the author said about the change; may be empty.</summary>
    public string Summary { get; private set; }

    /// <summary>The revision's title and body as article text (already normalized and hashed).</summary>
    public ArticleText Text => ArticleText.FromStored(Title, Body, ContentHash);

    private static string NormalizeSummary(string? summary)
    {
        var normalized = TextNormalizer.NormalizeTitle(summary);
        if (normalized.Length > MaxSummaryLength)
        {
            throw new EditorialDomainException(
                $"The change summary is {normalized.Length:N0} characters long; the limit is {MaxSummaryLength:N0}.");
        }

        return normalized;
    }
}

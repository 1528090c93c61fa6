using Editorial.Domain.Text;

namespace Editorial.Domain.Articles;

/// <summary>
/// A story under review. It knows its current text only by revision number and content hash; the
/// text itself lives in immutable <see cref="Revision"/>s, so that loading an article for a list
/// or a workflow decision never loads a body.
/// </summary>
public sealed class Article
{
    /// <summary>Longest byline.</summary>
    public const int MaxBylineLength = 200;

    private Article()
    {
        Slug = Title = Byline = CurrentContentHash = string.Empty;
    }

    /// <summary>Identity of the article.</summary>
    public Guid Id { get; private set; }

    /// <summary>Readable unique name used in URLs and seed files.</summary>
    public string Slug { get; private set; }

    /// <summary>The title of the current revision (kept here so lists need no revision).</summary>
    public string Title { get; private set; }

    /// <summary>Who the story is by, as printed.</summary>
    public string Byline { get; private set; }

    /// <summary>Where the article is in the workflow.</summary>
    public ArticleStage Stage { get; private set; }

    /// <summary>The user who created it; null when it was imported by the system.</summary>
    public string? CreatedById { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When its text or state last changed (UTC).</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>The current revision.</summary>
    public Guid CurrentRevisionId { get; private set; }

    /// <summary>Number of the current revision (1-based).</summary>
    public int CurrentRevisionNumber { get; private set; }

    /// <summary>Content hash of the current revision.</summary>
    public string CurrentContentHash { get; private set; }

    /// <summary>Optimistic-concurrency token, maintained by the persistence layer.</summary>
    public uint Version { get; private set; }

    /// <summary>Starts a new article in Draft with its first revision.</summary>
    /// <param name="text">The first text.</param>
    /// <param name="byline">Who the story is by.</param>
    /// <param name="authorId">The creating user; null for a system import.</param>
    /// <param name="now">The current time (UTC).</param>
    /// <param name="kind">Edit for a user's new article, Import for seeds and imports.</param>
    /// <param name="slug">A given slug (seed files name theirs); null to derive one from the title.</param>
    /// <returns>The article and its first revision, both to be saved together.</returns>
    public static (Article Article, Revision FirstRevision) Create(ArticleText text, string byline,
        string? authorId, DateTime now, RevisionKind kind = RevisionKind.Edit, string? slug = null)
    {
        var id = Guid.CreateVersion7();
        var article = new Article
        {
            Id = id,
            Slug = ValidSlug(slug) ?? Articles.Slug.For(text.Title, id),
            Byline = ValidByline(byline),
            Stage = ArticleStage.Draft,
            CreatedById = authorId,
            CreatedAt = now,
        };
        var first = article.Append(text, authorId, now, kind, summary: null);
        return (article, first);
    }

    /// <summary>
    /// Brings in an article from outside (a seed file, an import) at the stage it is already in.
    /// Its first revision is of kind Import and has no author: the system made it.
    /// </summary>
    public static (Article Article, Revision FirstRevision) Import(ArticleText text, string byline,
        string slug, ArticleStage stage, DateTime now)
    {
        var (article, first) = Create(text, byline, authorId: null, now, RevisionKind.Import, slug);
        article.Stage = stage;
        return (article, first);
    }

    /// <summary>
    /// Records a new revision if <paramref name="text"/> differs from the current text; a save
    /// that changes nothing creates nothing.
    /// </summary>
    /// <returns>The new revision, or null when the text is unchanged.</returns>
    /// <exception cref="EditorialDomainException">The article is approved, so its text is read-only.</exception>
    public Revision? Revise(ArticleText text, string authorId, DateTime now, string? summary = null)
    {
        if (Stage == ArticleStage.Approved)
        {
            throw new EditorialDomainException(
                "This article is approved, so its text is read-only. A manager must reopen it first.");
        }

        return text.Hash == CurrentContentHash
            ? null
            : Append(text, authorId, now, RevisionKind.Edit, summary);
    }

    private Revision Append(ArticleText text, string? authorId, DateTime now, RevisionKind kind, string? summary)
    {
        var parent = CurrentRevisionNumber == 0 ? (Guid?)null : CurrentRevisionId;
        var revision = new Revision(Id, CurrentRevisionNumber + 1, parent, authorId, now, kind, text, summary);
        CurrentRevisionId = revision.Id;
        CurrentRevisionNumber = revision.Number;
        CurrentContentHash = revision.ContentHash;
        Title = revision.Title;
        UpdatedAt = now;
        return revision;
    }

    private static string ValidByline(string byline)
    {
        var normalized = TextNormalizer.NormalizeTitle(byline);
        if (normalized.Length == 0)
        {
            throw new EditorialDomainException("The byline is required.");
        }

        return normalized.Length <= MaxBylineLength
            ? normalized
            : throw new EditorialDomainException(
                $"The byline is {normalized.Length:N0} characters long; the limit is {MaxBylineLength:N0}.");
    }

    private static string? ValidSlug(string? slug)
    {
        if (slug is null)
        {
            return null;
        }

        var valid = slug.Length is > 0 and <= Articles.Slug.MaxLength
            && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
        return valid
            ? slug
            : throw new EditorialDomainException(
                $"'{slug}' is not a valid slug: use 1 to {Articles.Slug.MaxLength} lowercase letters, digits and hyphens.");
    }
}

using Editorial.Domain.Diff;
using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;

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
        Format = text.Format;
        ReadingText = text.Format == BodyFormat.PlainText ? null : text.ReadingText;
        BodyLength = CharacterCount(text.ReadingText);
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

    /// <summary>The normalized body at this revision, as stored and hashed (canonical Markdown for rich text).</summary>
    public string Body { get; private set; }

    /// <summary>How <see cref="Body"/> is written: plain text for revisions saved before rich text.</summary>
    public BodyFormat Format { get; private set; }

    /// <summary>
    /// The words without markup (see <see cref="RichDocument.ReadingText"/>), kept with a formatted
    /// revision so that every query that anchors, diffs or searches reads it without parsing; null
    /// for plain text, whose reading text is its body. Read it through <see cref="Reading"/>.
    /// </summary>
    public string? ReadingText { get; private set; }

    /// <summary>The reading text: what comments, claims, attribution and the diff work on.</summary>
    public string Reading => ReadingText ?? Body;

    /// <summary>
    /// The reading text's length in characters (Unicode code points), kept with the revision so the
    /// history lists sizes without reading a body.
    /// </summary>
    public int BodyLength { get; private set; }

    /// <summary>SHA-256 of title and body (see <see cref="Text.ContentHash"/>).</summary>
    public string ContentHash { get; private set; }

    /// <summary>What the author said about the change; may be empty.</summary>
    public string Summary { get; private set; }

    /// <summary>
    /// Who wrote each character of the body and who deleted text where, as JSON (see
    /// <see cref="TextAttribution"/>). Set once, from the parent's, before the revision is saved;
    /// null only on revisions saved before attribution was kept.
    /// </summary>
    public string? Attribution { get; private set; }

    /// <summary>The revision's title and body as article text (already normalized and hashed).</summary>
    public ArticleText Text => ArticleText.FromStored(Title, Body, ContentHash, Format);

    /// <summary>
    /// This body's attribution: the stored one, or for a revision saved before attribution was kept,
    /// all of it credited to this revision.
    /// </summary>
    public TextAttribution ReadAttribution() =>
        Attribution is { } json ? TextAttribution.FromJson(json) : TextAttribution.Initial(Reading, Number, AuthorId);

    /// <summary>
    /// Works out this new revision's attribution from its parent's and the diff between their
    /// reading texts (everything is this revision's when it has no parent). Done once, before saving.
    /// </summary>
    /// <param name="parent">The parent revision; null for a first revision.</param>
    /// <param name="diff">The diff from the parent's body to this one, when the caller has it already.</param>
    /// <exception cref="InvalidOperationException">Already attributed, or <paramref name="parent"/> is not the parent.</exception>
    public void AttributeFrom(Revision? parent, ProseDiffResult? diff = null)
    {
        if (Attribution is not null)
        {
            throw new InvalidOperationException($"Revision {Number} is already attributed.");
        }

        if (parent?.Id != ParentId)
        {
            throw new InvalidOperationException($"Revision {Number} is attributed from its own parent only.");
        }

        var attribution = parent is null
            ? TextAttribution.Initial(Reading, Number, AuthorId)
            : parent.ReadAttribution().Next(
                diff is not null && diff.OldText == parent.Reading && diff.NewText == Reading ? diff : ProseDiff.Compute(parent.Reading, Reading),
                Number, AuthorId);
        Attribution = attribution.ToJson();
    }

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

    /// <summary>
    /// Characters as <see cref="BodyLength"/> counts them: code points, which is also what both
    /// databases' <c>length()</c> counts (the migration that added the column filled it with that).
    /// </summary>
    public static int CharacterCount(string text) => text.EnumerateRunes().Count();
}

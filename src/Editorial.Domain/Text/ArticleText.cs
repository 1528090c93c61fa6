using Editorial.Domain.Text.Rich;

namespace Editorial.Domain.Text;

/// <summary>
/// A title and body in canonical form, checked against the limits, with their content hash. The
/// only ways to make one are <see cref="Create"/> (plain text) and <see cref="CreateFormatted"/>
/// (rich text, stored as canonical Markdown), so any <see cref="ArticleText"/> is valid.
/// </summary>
public sealed record ArticleText
{
    private readonly Lazy<RichDocument> _document;

    private ArticleText(string title, string body, BodyFormat format, RichDocument? document = null)
    {
        Title = title;
        Body = body;
        Format = format;
        Hash = ContentHash.Of(title, body, format);
        _document = document is not null ? new Lazy<RichDocument>(document) : new Lazy<RichDocument>(() => RichDocument.Read(format, body));
    }

    /// <summary>Text read back from a stored revision, which was validated when saved.</summary>
    /// <exception cref="EditorialDomainException">The stored hash does not match (the row was altered).</exception>
    internal static ArticleText FromStored(string title, string body, string hash, BodyFormat format)
    {
        var text = new ArticleText(title, body, format);
        return text.Hash == hash ? text : throw new EditorialDomainException("A stored revision does not match its content hash.");
    }

    /// <summary>How <see cref="Body"/> is written.</summary>
    public BodyFormat Format { get; }

    /// <summary>The body as formatted blocks (read once, when first asked for).</summary>
    public RichDocument Document => _document.Value;

    /// <summary>
    /// The words without markup (see <see cref="RichDocument.ReadingText"/>): the text comments, claims
    /// and the diff work on. For plain text it is the body itself.
    /// </summary>
    public string ReadingText => Format == BodyFormat.PlainText ? Body : Document.ReadingText;

    /// <summary>The normalized title; never empty.</summary>
    public string Title { get; }

    /// <summary>The normalized body as stored and hashed (canonical Markdown for rich text); may be empty for a fresh draft.</summary>
    public string Body { get; }

    /// <summary>SHA-256 of title, body and format (see <see cref="ContentHash"/>).</summary>
    public string Hash { get; }

    /// <summary>Normalizes and validates plain text (one paragraph per line).</summary>
    /// <exception cref="EditorialDomainException">The title is empty or a limit is exceeded.</exception>
    public static ArticleText Create(string? title, string? body, TextLimits limits)
    {
        var normalizedTitle = ValidTitle(title, limits);
        var normalizedBody = TextNormalizer.NormalizeBody(body);
        EnsureBodyLength(normalizedBody, limits);
        return new ArticleText(normalizedTitle, normalizedBody, BodyFormat.PlainText);
    }

    /// <summary>
    /// Normalizes and validates rich text written as Markdown, storing it in canonical form (see
    /// <see cref="RichDocument.ToMarkdown"/>): any two ways of writing the same formatted words store
    /// the same bytes, and so hash the same.
    /// </summary>
    /// <exception cref="EditorialDomainException">The title is empty, a limit is exceeded, lists nest too deep or a link may not be one.</exception>
    public static ArticleText CreateFormatted(string? title, string? markdown, TextLimits limits)
    {
        var normalizedTitle = ValidTitle(title, limits);
        var normalized = TextNormalizer.NormalizeBody(markdown);
        // Checked before and after: reading is linear, but nothing over the limit is worth reading.
        EnsureBodyLength(normalized, limits);
        var document = RichDocument.Read(BodyFormat.Markdown, normalized);
        var canonical = document.ToMarkdown();
        var reread = RichDocument.Read(BodyFormat.Markdown, canonical);
        EnsureBodyLength(canonical, limits);
        return new ArticleText(normalizedTitle, canonical, BodyFormat.Markdown, reread);
    }

    /// <summary>This text's body in the form every new revision takes: canonical Markdown.</summary>
    /// <param name="limits">The limits (escaping can make the Markdown of a plain text longer).</param>
    public ArticleText AsFormatted(TextLimits limits) =>
        Format == BodyFormat.Markdown ? this : CreateFormatted(Title, Document.ToMarkdown(), limits);

    /// <summary>
    /// This text with its words changed to <paramref name="readingText"/> (tracked changes rejected),
    /// the formatting carried along (<see cref="RichDocument.WithReadingText"/>).
    /// </summary>
    /// <exception cref="EditorialDomainException">A limit is exceeded.</exception>
    public ArticleText WithReadingText(string readingText, TextLimits limits) =>
        Format == BodyFormat.PlainText
            ? Create(Title, readingText, limits)
            : CreateFormatted(Title, Document.WithReadingText(readingText).ToMarkdown(), limits);

    /// <summary>
    /// Whether saving <paramref name="edited"/> over this text would change nothing a reader sees: the
    /// same bytes, or a plain text opened in the rich editor and saved back with the same paragraphs and
    /// no formatting (its first save as Markdown is then not worth a revision, nor the sign-offs it ends;
    /// blank lines between plain paragraphs, which Markdown does not keep, do not count).
    /// </summary>
    public bool ReadsSameAs(ArticleText edited) =>
        Hash == edited.Hash
        || (Title == edited.Title && Format != edited.Format && !Document.HasFormatting && !edited.Document.HasFormatting
            && Document.TextBlocks().Select(b => b.Text.Trim()).SequenceEqual(edited.Document.TextBlocks().Select(b => b.Text.Trim())));

    /// <inheritdoc />
    public bool Equals(ArticleText? other) =>
        other is not null && Title == other.Title && Body == other.Body && Format == other.Format;

    /// <inheritdoc />
    public override int GetHashCode() => Hash.GetHashCode(StringComparison.Ordinal);

    private static string ValidTitle(string? title, TextLimits limits)
    {
        var normalizedTitle = TextNormalizer.NormalizeTitle(title);
        if (!TextNormalizer.HasVisibleCharacter(normalizedTitle))
        {
            throw new EditorialDomainException("The title is required.");
        }

        if (normalizedTitle.Length > limits.MaxTitleLength)
        {
            throw new EditorialDomainException(
                $"The title is {normalizedTitle.Length:N0} characters long; the limit is {limits.MaxTitleLength:N0}.");
        }

        return normalizedTitle;
    }

    private static void EnsureBodyLength(string body, TextLimits limits)
    {
        if (body.Length > limits.MaxBodyLength)
        {
            throw new EditorialDomainException(
                $"The text is {body.Length:N0} characters long; the limit is {limits.MaxBodyLength:N0}.");
        }
    }
}

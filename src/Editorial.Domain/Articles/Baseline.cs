using System.Security.Cryptography;
using System.Text;
using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;

namespace Editorial.Domain.Articles;

/// <summary>
/// A snapshot of the accepted text, kept beside the revision chain. The first revision is the
/// initial baseline; each accept makes a new snapshot. Immutable. A formatted baseline keeps its
/// Markdown too, so formatting changes are measured from what was accepted (docs/architecture.md §4).
/// </summary>
public sealed class Baseline
{
    private Baseline()
    {
        Body = ContentHash = string.Empty;
    }

    internal Baseline(Guid articleId, int number, AcceptedText text, string? createdById, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        ArticleId = articleId;
        Number = number;
        Body = text.Format == BodyFormat.PlainText ? Valid(text.ReadingText) : text.ReadingText;
        Format = text.Format;
        FormattedBody = text.Markdown;
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(FormattedBody ?? Body)));
        CreatedById = createdById;
        CreatedAt = createdAt;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The article.</summary>
    public Guid ArticleId { get; private set; }

    /// <summary>1 for the first accept, then consecutive (0 is the first revision).</summary>
    public int Number { get; private set; }

    /// <summary>The accepted reading text (the body itself, for plain text).</summary>
    public string Body { get; private set; }

    /// <summary>The accepted body's format.</summary>
    public BodyFormat Format { get; private set; }

    /// <summary>The accepted canonical Markdown; null for plain text.</summary>
    public string? FormattedBody { get; private set; }

    /// <summary>SHA-256 of the stored body (the Markdown, when formatted).</summary>
    public string ContentHash { get; private set; }

    /// <summary>Who accepted.</summary>
    public string? CreatedById { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>The accepted text as a document.</summary>
    public RichDocument Document() =>
        FormattedBody is null ? RichDocument.FromPlainText(Body) : RichDocument.Read(BodyFormat.Markdown, FormattedBody);

    /// <summary>Checks <paramref name="body"/> is normalized text, as every stored text is.</summary>
    private static string Valid(string body) =>
        TextNormalizer.NormalizeBody(body) == body ? body : throw new EditorialDomainException("The baseline must be normalized text.");
}

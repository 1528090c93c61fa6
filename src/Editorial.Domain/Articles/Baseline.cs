using Editorial.Domain.Text;

namespace Editorial.Domain.Articles;

/// <summary>
/// A snapshot of the accepted text, kept beside the revision chain. The first revision is the
/// initial baseline; each accept makes a new snapshot. Immutable.
/// </summary>
public sealed class Baseline
{
    private Baseline()
    {
        Body = ContentHash = string.Empty;
    }

    internal Baseline(Guid articleId, int number, string body, string? createdById, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        ArticleId = articleId;
        Number = number;
        Body = body;
        ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)));
        CreatedById = createdById;
        CreatedAt = createdAt;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The article.</summary>
    public Guid ArticleId { get; private set; }

    /// <summary>1 for the first accept, then consecutive (0 is the first revision).</summary>
    public int Number { get; private set; }

    /// <summary>The accepted body.</summary>
    public string Body { get; private set; }

    /// <summary>SHA-256 of the body.</summary>
    public string ContentHash { get; private set; }

    /// <summary>Who accepted.</summary>
    public string? CreatedById { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>Checks <paramref name="body"/> is normalized text, as every stored text is.</summary>
    internal static string Valid(string body) =>
        TextNormalizer.NormalizeBody(body) == body ? body : throw new EditorialDomainException("The baseline must be normalized text.");
}

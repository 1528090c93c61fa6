namespace Editorial.Domain.Text;

/// <summary>
/// A title and body in canonical form, checked against the limits, with their content hash. The
/// only way to make one is <see cref="Create"/>, so any <see cref="ArticleText"/> is valid.
/// </summary>
public sealed record ArticleText
{
    private ArticleText(string title, string body)
    {
        Title = title;
        Body = body;
        Hash = ContentHash.Of(title, body);
    }

    /// <summary>Text read back from a stored revision, which was validated when saved.</summary>
    /// <exception cref="EditorialDomainException">The stored hash does not match (the row was altered).</exception>
    internal static ArticleText FromStored(string title, string body, string hash)
    {
        var text = new ArticleText(title, body);
        return text.Hash == hash ? text : throw new EditorialDomainException("A stored revision does not match its content hash.");
    }

    /// <summary>The normalized title; never empty.</summary>
    public string Title { get; }

    /// <summary>The normalized body; may be empty for a fresh draft.</summary>
    public string Body { get; }

    /// <summary>SHA-256 of title and body (see <see cref="ContentHash"/>).</summary>
    public string Hash { get; }

    /// <summary>Normalizes and validates user text.</summary>
    /// <exception cref="EditorialDomainException">The title is empty or a limit is exceeded.</exception>
    public static ArticleText Create(string? title, string? body, TextLimits limits)
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

        var normalizedBody = TextNormalizer.NormalizeBody(body);
        if (normalizedBody.Length > limits.MaxBodyLength)
        {
            throw new EditorialDomainException(
                $"The text is {normalizedBody.Length:N0} characters long; the limit is {limits.MaxBodyLength:N0}.");
        }

        return new ArticleText(normalizedTitle, normalizedBody);
    }
}

namespace Editorial.Domain.Claims;

/// <summary>A source a claim was checked against. Only http and https addresses are accepted.</summary>
public sealed class ClaimSource
{
    /// <summary>Longest title, publisher or note.</summary>
    public const int MaxFieldLength = 2_000;

    /// <summary>Longest address.</summary>
    public const int MaxUrlLength = 2_048;

    private ClaimSource()
    {
        Url = Title = Publisher = Note = AddedById = string.Empty;
    }

    internal ClaimSource(Guid id, Guid claimId, Uri url, string title, string publisher, DateOnly accessedOn, string note, string addedById, DateTime now)
    {
        Id = id;
        ClaimId = claimId;
        Url = url.AbsoluteUri;
        Title = title;
        Publisher = publisher;
        AccessedOn = accessedOn;
        Note = note;
        AddedById = addedById;
        AddedAt = now;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The claim.</summary>
    public Guid ClaimId { get; private set; }

    /// <summary>The address (http or https, absolute).</summary>
    public string Url { get; private set; }

    /// <summary>Its title.</summary>
    public string Title { get; private set; }

    /// <summary>Who published it.</summary>
    public string Publisher { get; private set; }

    /// <summary>When the fact-checker read it.</summary>
    public DateOnly AccessedOn { get; private set; }

    /// <summary>What in it supports or contradicts the claim.</summary>
    public string Note { get; private set; }

    /// <summary>Who added it.</summary>
    public string AddedById { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime AddedAt { get; private set; }

    /// <summary>When it was removed from the claim; removed sources are kept, not shown.</summary>
    public DateTime? RemovedAt { get; private set; }

    internal void Remove(DateTime now) => RemovedAt = now;

    /// <summary>Parses a source address: absolute http or https only (no javascript:, data:, file: …).</summary>
    /// <exception cref="EditorialDomainException">Anything else, with a clear message.</exception>
    public static Uri ValidUrl(string? url)
    {
        var text = (url ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            throw new EditorialDomainException("Give the source's address (https://…).");
        }

        if (text.Length > MaxUrlLength)
        {
            throw new EditorialDomainException($"The address is {text.Length:N0} characters long; the limit is {MaxUrlLength:N0}.");
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            throw new EditorialDomainException("A source address must be a web address starting with http:// or https://.");
        }

        return uri;
    }
}

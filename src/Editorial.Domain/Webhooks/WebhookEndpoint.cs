using System.Net;
using Editorial.Domain.Text;

namespace Editorial.Domain.Webhooks;

/// <summary>
/// Where Editorial tells another system what happened: an address, the events it wants, the format
/// it takes, and whether it is on. Its secret is kept protected (the caller protects and unprotects
/// it; the domain never sees the key). Registered and changed by Administrators.
/// </summary>
public sealed class WebhookEndpoint
{
    /// <summary>The longest address accepted.</summary>
    public const int MaxUrlLength = 2000;

    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 100;

    private WebhookEndpoint()
    {
        Name = Url = ProtectedSecret = Events = string.Empty;
    }

    /// <summary>Registers an endpoint.</summary>
    /// <exception cref="EditorialDomainException">The name, address or events are not acceptable.</exception>
    public WebhookEndpoint(string? name, string? url, WebhookFormat format, IReadOnlyCollection<string> events, bool active,
        string protectedSecret, string? createdById, DateTime now, IReadOnlyCollection<string> allowedPrivateHosts)
    {
        Id = Guid.CreateVersion7();
        ProtectedSecret = protectedSecret;
        CreatedById = createdById;
        CreatedAt = now;
        Name = Url = Events = string.Empty;
        Change(name, url, format, events, active, now, allowedPrivateHosts);
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>What the administrators call it ("CMS handoff", "#desk channel").</summary>
    public string Name { get; private set; }

    /// <summary>The absolute http or https address deliveries are posted to.</summary>
    public string Url { get; private set; }

    /// <summary>What it receives.</summary>
    public WebhookFormat Format { get; private set; }

    /// <summary>The event types it wants, space-separated (see <see cref="SubscribedEvents"/>).</summary>
    public string Events { get; private set; }

    /// <summary>Whether deliveries are made; an inactive endpoint keeps its log.</summary>
    public bool Active { get; private set; }

    /// <summary>The signing secret, protected by the application's data protection keys.</summary>
    public string ProtectedSecret { get; private set; }

    /// <summary>Who registered it.</summary>
    public string? CreatedById { get; private set; }

    /// <summary>When it was registered (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>The event types it wants.</summary>
    public IReadOnlyList<string> SubscribedEvents => Events.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether it wants events of <paramref name="type"/> now.</summary>
    public bool Wants(string type) => Active && SubscribedEvents.Contains(type);

    /// <summary>Changes what it is.</summary>
    /// <exception cref="EditorialDomainException">The name, address or events are not acceptable.</exception>
    public void Change(string? name, string? url, WebhookFormat format, IReadOnlyCollection<string> events, bool active, DateTime now,
        IReadOnlyCollection<string> allowedPrivateHosts)
    {
        var cleanName = TextNormalizer.CleanInline(name ?? string.Empty).Trim();
        if (cleanName.Length == 0 || cleanName.Length > MaxNameLength)
        {
            throw new EditorialDomainException($"Give the endpoint a name of 1 to {MaxNameLength} characters.");
        }

        var unknown = events.Where(e => !WebhookEventTypes.IsKnown(e)).ToList();
        if (unknown.Count > 0)
        {
            throw new EditorialDomainException($"Unknown event type: {string.Join(", ", unknown)}.");
        }

        if (events.Count == 0)
        {
            throw new EditorialDomainException("Choose at least one event.");
        }

        if (!Enum.IsDefined(format))
        {
            throw new EditorialDomainException("Unknown endpoint format.");
        }

        Name = cleanName;
        Url = ValidUrl(url, allowedPrivateHosts).AbsoluteUri;
        Format = format;
        Events = string.Join(' ', WebhookEventTypes.All.Select(t => t.Type).Where(events.Contains));
        Active = active;
        UpdatedAt = now;
    }

    /// <summary>Gives it a new secret (the old one stops working at once).</summary>
    public void RotateSecret(string protectedSecret, DateTime now)
    {
        ProtectedSecret = protectedSecret;
        UpdatedAt = now;
    }

    /// <summary>
    /// Checks an endpoint address: absolute http or https, no user name or password, and not a
    /// private address written out (a name is checked on each delivery, when it is resolved).
    /// </summary>
    /// <exception cref="EditorialDomainException">It is not acceptable, with why.</exception>
    public static Uri ValidUrl(string? url, IReadOnlyCollection<string> allowedPrivateHosts)
    {
        var text = (url ?? string.Empty).Trim();
        if (text.Length == 0 || text.Length > MaxUrlLength)
        {
            throw new EditorialDomainException($"Give the endpoint's full address (at most {MaxUrlLength} characters).");
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new EditorialDomainException("An endpoint address starts with https:// (or http://).");
        }

        if (uri.UserInfo.Length > 0)
        {
            throw new EditorialDomainException("An endpoint address cannot hold a user name or password; receivers check the signature instead.");
        }

        var isLocalName = uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
        var literal = IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) ? address : null;
        if ((isLocalName || (literal is not null && !OutboundAddress.IsPublic(literal)))
            && !allowedPrivateHosts.Contains(uri.IdnHost.Trim('[', ']'), StringComparer.OrdinalIgnoreCase))
        {
            throw new EditorialDomainException(
                "That address is on this machine or a private network, which endpoints may not reach unless an administrator allows the host in the server's configuration (Webhooks:AllowedPrivateHosts).");
        }

        return uri;
    }
}

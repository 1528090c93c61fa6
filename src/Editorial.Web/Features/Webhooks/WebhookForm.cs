using Editorial.Domain.Webhooks;

namespace Editorial.Web.Features.Webhooks;

/// <summary>What the endpoint dialog edits: a new endpoint, or a copy of an existing one.</summary>
public sealed class WebhookForm
{
    /// <summary>Its name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Its address.</summary>
    public string Url { get; set; } = "https://";

    /// <summary>What it receives.</summary>
    public WebhookFormat Format { get; set; } = WebhookFormat.Standard;

    /// <summary>The events it wants.</summary>
    public HashSet<string> Events { get; set; } = [WebhookEventTypes.ArticleApproved];

    /// <summary>Whether deliveries are made.</summary>
    public bool Active { get; set; } = true;

    /// <summary>A form holding <paramref name="endpoint"/>.</summary>
    public static WebhookForm Of(WebhookEndpointView endpoint) => new()
    {
        Name = endpoint.Name,
        Url = endpoint.Url,
        Format = endpoint.Format,
        Events = [.. endpoint.Events],
        Active = endpoint.Active,
    };

    /// <summary>What is sent to the service.</summary>
    public WebhookInput ToInput() => new(Name, Url, Format, Events.ToList(), Active);
}

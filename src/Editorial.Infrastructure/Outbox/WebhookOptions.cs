namespace Editorial.Infrastructure.Outbox;

/// <summary>How webhooks are sent (configuration section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Webhooks";

    /// <summary>The name of the HTTP client that sends them.</summary>
    public const string HttpClientName = "webhooks";

    /// <summary>How long a receiver has to answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How much of an answer is read (the rest is not waited for).</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Hosts, by name or address as written in the endpoint's URL, that may be on this machine or a
    /// private network (an in-house CMS, a test receiver). Empty by default: endpoints reach public
    /// addresses only.
    /// </summary>
    public List<string> AllowedPrivateHosts { get; set; } = [];
}

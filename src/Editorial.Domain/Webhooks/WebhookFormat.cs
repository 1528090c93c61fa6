namespace Editorial.Domain.Webhooks;

/// <summary>What an endpoint receives.</summary>
public enum WebhookFormat
{
    /// <summary>The event as JSON, signed by the Standard Webhooks convention: for systems (a CMS).</summary>
    Standard,

    /// <summary>A readable message for a Slack incoming webhook (<c>{"text": …}</c>).</summary>
    Slack,

    /// <summary>
    /// A readable message for Microsoft Teams: an Adaptive Card message, as a Teams workflow "when a webhook
    /// request is received" posts to a channel (Microsoft 365 connectors are retired).
    /// </summary>
    Teams,
}

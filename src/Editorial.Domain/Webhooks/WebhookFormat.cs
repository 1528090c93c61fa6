namespace Editorial.Domain.Webhooks;

/// <summary>What an endpoint receives.</summary>
public enum WebhookFormat
{
    /// <summary>The event as JSON, signed by the Standard Webhooks convention: for systems (a CMS).</summary>
    Standard,

    /// <summary>A readable message for a Slack incoming webhook (<c>{"text": …}</c>).</summary>
    Slack,

    /// <summary>A readable message for a Microsoft Teams incoming webhook (<c>{"text": …}</c>).</summary>
    Teams,
}

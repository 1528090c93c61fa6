using Editorial.Infrastructure.Outbox;
using MudBlazor;

namespace Editorial.Web.Features.Outbox;

/// <summary>How the delivery logs colour a message's status chip.</summary>
public static class DeliveryStatus
{
    /// <summary>Delivered green, failed red, pending amber.</summary>
    public static Color ColourOf(OutboxStatus status) => status switch
    {
        OutboxStatus.Delivered => Color.Success,
        OutboxStatus.Failed => Color.Error,
        _ => Color.Warning,
    };
}

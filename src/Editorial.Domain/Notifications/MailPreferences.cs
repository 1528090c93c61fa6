namespace Editorial.Domain.Notifications;

/// <summary>
/// A person's e-mail settings: for each kind of notification, immediately, in the daily digest, or
/// off; and the hour (UTC) the digest is sent. Everything is e-mailed immediately until they choose
/// otherwise. One row per person, created on their first change.
/// </summary>
public sealed class MailPreferences
{
    private MailPreferences()
    {
        UserId = Choices = string.Empty;
    }

    /// <summary>The defaults for <paramref name="userId"/>.</summary>
    public MailPreferences(string userId)
    {
        UserId = userId;
        Choices = string.Empty;
        DigestHour = 7;
    }

    /// <summary>Whose.</summary>
    public string UserId { get; private set; }

    /// <summary>The choices that differ from immediately, as <c>Kind=Delivery</c> pairs (see <see cref="DeliveryOf"/>).</summary>
    public string Choices { get; private set; }

    /// <summary>The hour (0–23, UTC) the daily digest is sent.</summary>
    public int DigestHour { get; private set; }

    /// <summary>Up to when notifications were gathered into a digest (UTC); null before the first.</summary>
    public DateTime? DigestedUntil { get; private set; }

    /// <summary>How notifications of <paramref name="kind"/> are e-mailed.</summary>
    public MailDelivery DeliveryOf(NotificationKind kind) =>
        Choices.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Where(pair => pair.Length == 2 && pair[0] == kind.ToString() && Enum.TryParse<MailDelivery>(pair[1], out _))
            .Select(pair => Enum.Parse<MailDelivery>(pair[1]))
            .DefaultIfEmpty(MailDelivery.Immediately)
            .First();

    /// <summary>Every kind with how it is e-mailed.</summary>
    public IReadOnlyDictionary<NotificationKind, MailDelivery> All() =>
        Enum.GetValues<NotificationKind>().ToDictionary(k => k, DeliveryOf);

    /// <summary>Chooses how <paramref name="kind"/> is e-mailed.</summary>
    public void Choose(NotificationKind kind, MailDelivery delivery)
    {
        if (!Enum.IsDefined(kind) || !Enum.IsDefined(delivery))
        {
            throw new EditorialDomainException("Unknown kind of notification or way of delivery.");
        }

        var choices = All().ToDictionary(p => p.Key, p => p.Value);
        choices[kind] = delivery;
        Choices = string.Join(';', choices.Where(c => c.Value != MailDelivery.Immediately).Select(c => $"{c.Key}={c.Value}"));
    }

    /// <summary>Sets the digest's hour (UTC).</summary>
    public void ChooseDigestHour(int hour)
    {
        if (hour is < 0 or > 23)
        {
            throw new EditorialDomainException("The digest hour is 0 to 23 (UTC).");
        }

        DigestHour = hour;
    }
}

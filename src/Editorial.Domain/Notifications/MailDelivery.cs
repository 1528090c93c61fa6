namespace Editorial.Domain.Notifications;

/// <summary>How a person wants to be e-mailed about one kind of notification.</summary>
public enum MailDelivery
{
    /// <summary>One e-mail as it happens.</summary>
    Immediately,

    /// <summary>Gathered into one e-mail a day, at the person's chosen hour.</summary>
    Digest,

    /// <summary>No e-mail (the notification still shows in the app).</summary>
    Off,
}

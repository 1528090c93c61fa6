namespace Editorial.Infrastructure.Mail;

/// <summary>An e-mail ready to send.</summary>
/// <param name="To">The address.</param>
/// <param name="ToName">The person's name.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Html">The HTML part.</param>
/// <param name="Text">The plain-text part.</param>
/// <param name="UnsubscribeUrl">The one-click unsubscribe address (RFC 8058), if the mail is of one kind.</param>
public sealed record MailContent(string To, string ToName, string Subject, string Html, string Text, string? UnsubscribeUrl);

/// <summary>Writes the e-mail an outbox message stands for, when it is sent (the app's templates: Features/Mail).</summary>
public interface IMailComposer
{
    /// <summary>The e-mail, or null when there is nothing to send any more (the person or their address is gone, or they turned it off).</summary>
    Task<MailContent?> ComposeAsync(Outbox.OutboxMessage message, CancellationToken cancellationToken);
}

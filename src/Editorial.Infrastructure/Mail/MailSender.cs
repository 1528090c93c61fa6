using System.Net.Sockets;
using Editorial.Infrastructure.Outbox;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Editorial.Infrastructure.Mail;

/// <summary>
/// Sends an e-mail outbox message over SMTP (MailKit): HTML with a plain-text part, a Message-ID that
/// is the same on every attempt (so a repeat after a crash is recognisably the same mail), and — for a
/// mail about one kind of notification — a one-click unsubscribe header (RFC 8058). A server that is
/// down or answers 4xx is tried again later; a 5xx refusal of the recipient is final.
/// </summary>
public sealed class MailSender(IOptions<MailOptions> options, IServiceScopeFactory scopes) : IOutboxSender
{
    /// <inheritdoc />
    public string Channel => MailOutbox.Channel;

    /// <summary>The Message-ID of the mail <paramref name="message"/> stands for.</summary>
    public static string MessageIdOf(OutboxMessage message) => $"{message.Id:N}@editorial";

    /// <inheritdoc />
    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return DeliveryResult.GiveUp("E-mail is not configured (Mail:Host).");
        }

        MailContent? content;
        await using (var scope = scopes.CreateAsyncScope())
        {
            content = await scope.ServiceProvider.GetRequiredService<IMailComposer>().ComposeAsync(message, cancellationToken);
        }

        if (content is null)
        {
            return new DeliveryResult(true, null, null, "Nothing to send any more (the person, their address or their wish for this mail is gone).");
        }

        var mime = new MimeMessage { MessageId = MessageIdOf(message), Subject = content.Subject };
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(new MailboxAddress(content.ToName, content.To));
        if (content.UnsubscribeUrl is { } unsubscribe)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        mime.Body = new BodyBuilder { HtmlBody = content.Html, TextBody = content.Text }.ToMessageBody();

        using var smtp = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await smtp.ConnectAsync(settings.Host!, settings.Port, SecurityOf(settings.Security), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            var answer = await smtp.SendAsync(mime, cancellationToken);
            await smtp.DisconnectAsync(quit: true, cancellationToken);
            return new DeliveryResult(true, 250, null, answer);
        }
        catch (SmtpCommandException e)
        {
            var code = (int)e.StatusCode;
            // 5xx about the mailbox (no such user, refused) will not change by waiting; a 4xx is "try later".
            var final = code >= 500 && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.MessageNotAccepted;
            return new DeliveryResult(false, code, $"The mail server refused: {code} {e.Message}", null, Final: final);
        }
        catch (Exception e) when (e is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException
                                      or AuthenticationException or SslHandshakeException or TimeoutException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new DeliveryResult(false, null, $"Could not reach the mail server: {e.Message}", null);
        }
    }

    private static SecureSocketOptions SecurityOf(string security) => security.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "sslonconnect" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}

using Editorial.Infrastructure.Outbox;
using Editorial.Web.Features.Outbox;

namespace Editorial.Web.Features.Mail;

/// <summary>One e-mail in the delivery log, with every attempt.</summary>
/// <param name="Id">The message (its Message-ID is the id without dashes, <c>@editorial</c>).</param>
/// <param name="To">The recipient's address now.</param>
/// <param name="About">What kind of mail ("being assigned an article", "the daily digest").</param>
/// <param name="Article">The title of the article it is about; null for a digest, or an article gone.</param>
/// <param name="CreatedAt">When it was written (UTC).</param>
/// <param name="Status">Pending, delivered or failed.</param>
/// <param name="DueAt">When it is tried next, while pending (UTC).</param>
/// <param name="LastError">What went wrong last.</param>
/// <param name="Attempts">The attempts, first first.</param>
public sealed record MailDeliveryView(Guid Id, string To, string About, string? Article, DateTime CreatedAt, OutboxStatus Status, DateTime? DueAt, string? LastError,
    IReadOnlyList<DeliveryAttemptView> Attempts);

/// <summary>A page of the e-mail log, newest first.</summary>
/// <param name="Mails">The mails.</param>
/// <param name="NextBefore">The cursor for the next (older) page; null at the end.</param>
public sealed record MailDeliveryPage(IReadOnlyList<MailDeliveryView> Mails, DateTime? NextBefore);

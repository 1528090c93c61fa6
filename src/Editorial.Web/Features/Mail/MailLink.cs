namespace Editorial.Web.Features.Mail;

/// <summary>One notification in an e-mail: what happened and where to see it.</summary>
/// <param name="Message">What happened.</param>
/// <param name="Url">The exact place (the article, its comment thread or claim, what changed since a sign-off).</param>
/// <param name="At">When (UTC).</param>
public sealed record MailLink(string Message, string Url, DateTime At);

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Claims;
using Editorial.Domain.Webhooks;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Audit;

namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// What a webhook delivery says, written when the event happens (so a late retry tells of the article
/// as it was): for <see cref="WebhookFormat.Standard"/> the event as JSON
/// (<c>{"type", "timestamp", "data": {"article", "link", "actor", "event"}}</c>); for chat, one readable
/// sentence with a link to the exact place (the comment thread or claim, else the article). Documented for receivers in the README ("Webhooks").
/// </summary>
public sealed class WebhookPayloads(WorkflowPolicy policy, PublicLinks links)
{
    /// <summary>The body sent to an endpoint of <paramref name="format"/>.</summary>
    /// <param name="format">The endpoint's format.</param>
    /// <param name="type">The event type (<see cref="WebhookEventTypes"/>).</param>
    /// <param name="happened">The event.</param>
    /// <param name="article">The article after the change.</param>
    /// <param name="names">Display names of the people the event names, by user id.</param>
    public string For(WebhookFormat format, string type, ArticleEvent happened, Article article, IReadOnlyDictionary<string, string> names) =>
        format switch
        {
            WebhookFormat.Standard => Standard(type, happened, article, names),
            WebhookFormat.Slack => new JsonObject { ["text"] = Slack(Sentence(type, happened, article, names)) + $" <{PlaceOf(happened, article)}|Open in Editorial>" }.ToJsonString(),
            _ => Teams(Sentence(type, happened, article, names), PlaceOf(happened, article)),
        };

    private string Standard(string type, ArticleEvent happened, Article article, IReadOnlyDictionary<string, string> names)
    {
        var details = JsonSerializer.SerializeToNode(happened, happened.GetType(), AuditTrail.PayloadJson)!.AsObject();
        details.Remove("actorId");
        details.Remove("at");
        return new JsonObject
        {
            ["type"] = type,
            ["timestamp"] = happened.At.ToString("O"),
            ["data"] = new JsonObject
            {
                ["article"] = new JsonObject
                {
                    ["id"] = article.Id,
                    ["title"] = article.Title,
                    ["stage"] = article.Stage,
                    ["revisionNumber"] = article.CurrentRevisionNumber,
                    ["contentHash"] = article.CurrentContentHash,
                    ["url"] = links.Article(article.Id),
                },
                ["link"] = PlaceOf(happened, article),
                ["actor"] = happened.ActorId is { } actor ? new JsonObject { ["id"] = actor, ["name"] = NameOf(actor, names) } : null,
                ["event"] = details,
            },
        }.ToJsonString();
    }

    // One sentence a person reads in a chat channel.
    private string Sentence(string type, ArticleEvent happened, Article article, IReadOnlyDictionary<string, string> names)
    {
        var who = happened.ActorId is { } actor ? NameOf(actor, names) : "Editorial";
        var title = $"“{article.Title}”";
        return (type, happened) switch
        {
            (WebhookEventTypes.ArticleCreated, _) => $"{who} created {title}.",
            (WebhookEventTypes.ArticleSubmitted, StageChanged s) => $"{who} submitted {title} for {policy.Stage(s.To).Label.ToLowerInvariant()}.",
            (WebhookEventTypes.ArticleSignedOff, SignOffGiven g) => $"{who} signed off {title} as {g.Role}: {(g.Decision == SignOffDecision.Approve ? "approved" : "changes requested")}.",
            (WebhookEventTypes.SignOffInvalidated, SignOffEnded e) => $"{NameOf(e.SignerId, names)}'s {e.Role} sign-off of {title} was invalidated by revision {e.ByRevisionNumber}.",
            (WebhookEventTypes.ArticleSentBack, StageChanged s) => $"{who} sent {title} back to {policy.Stage(s.To).Label.ToLowerInvariant()}: {s.Reason}",
            (WebhookEventTypes.ArticleApproved, _) => $"{title} is {policy.Stage(article.Stage).Label.ToLowerInvariant()}.",
            (WebhookEventTypes.ArticleReopened, StageChanged s) => $"{who} reopened {title}: {s.Reason}",
            (WebhookEventTypes.CommentAdded, CommentAdded c) => $"{who} commented on {title}: {Excerpt(c.Text)}",
            (WebhookEventTypes.CommentResolved, _) => $"{who} resolved a comment on {title}.",
            (WebhookEventTypes.ClaimStatusChanged, ClaimStatusSet c) => $"{who} marked a claim in {title} {c.To}{(c.Verdict.Length > 0 ? $": {Excerpt(c.Verdict)}" : ".")}",
            (WebhookEventTypes.ClaimStatusChanged, _) => $"A claim in {title} needs checking again.",
            _ => $"{who}: {type} on {title}.",
        };
    }

    // The exact place the event happened: the comment thread or claim it is about, or the article.
    private string PlaceOf(ArticleEvent happened, Article article) => links.Path(happened switch
    {
        CommentAdded c => ArticlePaths.Thread(article.Id, c.AnnotationId),
        CommentThreadStatusChanged c => ArticlePaths.Thread(article.Id, c.AnnotationId),
        ClaimStatusSet c => ArticlePaths.Claim(article.Id, c.ClaimId),
        ClaimNeedsRecheck c => ArticlePaths.Claim(article.Id, c.ClaimId),
        ClaimVerdictWithdrawn c => ArticlePaths.Claim(article.Id, c.ClaimId),
        _ => ArticlePaths.Article(article.Id),
    });

    private static string NameOf(string userId, IReadOnlyDictionary<string, string> names) =>
        names.TryGetValue(userId, out var name) ? name : "Someone";

    // An Adaptive Card message: the sentence as text (its Markdown characters escaped, so what a user wrote
    // stays text and makes no link), and the link as the card's one button.
    private static string Teams(string sentence, string link) => new JsonObject
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = new JsonObject
            {
                ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                ["type"] = "AdaptiveCard",
                ["version"] = "1.4",
                ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = Markdown(sentence), ["wrap"] = true }),
                ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open in Editorial", ["url"] = link }),
            },
        }),
    }.ToJsonString();

    // Every character Markdown reads as markup, escaped with a backslash; line breaks become spaces (no lists).
    private static string Markdown(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '`' or '>' or '<' or '-' or '+' or '!' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }

    // Slack reads &, < and > as markup: they are escaped, so what a user wrote stays text.
    private static string Slack(string text) =>
        new StringBuilder(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").ToString();

    private static string Excerpt(string text) => text.Length <= 200 ? text : text[..199] + "…";
}

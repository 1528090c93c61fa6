using System.Globalization;
using System.Text.Json.Nodes;
using Editorial.Domain.Annotations;

namespace Editorial.Web.Features.Annotations;

/// <summary>
/// An article's comment threads as W3C Web Annotations (JSON-LD): each thread an Annotation
/// (motivation commenting) whose target is the article with a TextQuoteSelector and a
/// TextPositionSelector — offsets in Unicode code points, as the model counts characters — and a
/// TimeState naming the revision the selectors describe; each reply an Annotation (motivation
/// replying) targeting its thread. The anchor status and thread status are extension properties
/// in the <c>editorial:</c> namespace.
/// </summary>
public static class W3CAnnotationExport
{
    /// <summary>The W3C annotation context.</summary>
    public const string AnnotationContext = "http://www.w3.org/ns/anno.jsonld";

    /// <summary>Namespace of the extension properties.</summary>
    public const string EditorialNamespace = "https://editorial.invalid/ns#";

    /// <summary>
    /// The collection. <paramref name="bodies"/> gives the body of each revision an anchor refers
    /// to (the current one, and older ones for orphans); <paramref name="revisionTimes"/> their times.
    /// </summary>
    public static JsonObject Collection(string baseUrl, CommentThreads threads, IReadOnlyDictionary<int, string> bodies,
        IReadOnlyDictionary<int, DateTime> revisionTimes)
    {
        var items = new JsonArray();
        foreach (var thread in threads.Threads)
        {
            items.Add(Thread(baseUrl, threads.ArticleId, thread, bodies[thread.Anchor.RevisionNumber], revisionTimes[thread.Anchor.RevisionNumber]));
            foreach (var reply in thread.Replies)
            {
                items.Add(Reply(baseUrl, threads.ArticleId, thread, reply));
            }
        }

        return new JsonObject
        {
            ["@context"] = AnnotationContext,
            ["id"] = $"{baseUrl}/api/articles/{threads.ArticleId}/annotations",
            ["type"] = "AnnotationCollection",
            ["total"] = items.Count,
            ["first"] = new JsonObject
            {
                ["type"] = "AnnotationPage",
                ["startIndex"] = 0,
                ["items"] = items,
            },
        };
    }

    /// <summary>A UTF-16 offset into <paramref name="text"/> as a count of code points.</summary>
    public static int CodePointOffset(string text, int utf16Offset)
    {
        var count = 0;
        for (var i = 0; i < utf16Offset; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    private static JsonObject Thread(string baseUrl, Guid articleId, CommentThread thread, string body, DateTime revisionTime)
    {
        var anchor = thread.Anchor;
        var annotation = Common(baseUrl, articleId, thread.Id.ToString(), "commenting", thread.AuthorId, thread.Author, thread.Text,
            thread.CreatedAt, thread.EditedAt);
        annotation["target"] = new JsonObject
        {
            ["source"] = $"{baseUrl}/articles/{articleId}",
            ["selector"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "TextQuoteSelector",
                    ["exact"] = anchor.Quote.Exact,
                    ["prefix"] = anchor.Quote.Prefix,
                    ["suffix"] = anchor.Quote.Suffix,
                },
                new JsonObject
                {
                    ["type"] = "TextPositionSelector",
                    ["start"] = CodePointOffset(body, anchor.Position.Start),
                    ["end"] = CodePointOffset(body, anchor.Position.End),
                },
            },
            ["state"] = new JsonObject
            {
                ["type"] = "TimeState",
                ["cached"] = $"{baseUrl}/api/articles/{articleId}/revisions/{anchor.RevisionNumber}",
                ["sourceDate"] = Time(revisionTime),
            },
        };
        annotation["editorial:revision"] = anchor.RevisionNumber;
        annotation["editorial:anchorStatus"] = anchor.Status.ToString();
        annotation["editorial:threadStatus"] = thread.Status.ToString();
        annotation["editorial:originalQuote"] = thread.OriginalQuote;
        return annotation;
    }

    private static JsonObject Reply(string baseUrl, Guid articleId, CommentThread thread, CommentReply reply)
    {
        var annotation = Common(baseUrl, articleId, $"{thread.Id}/replies/{reply.Id}", "replying", reply.AuthorId, reply.Author, reply.Text,
            reply.CreatedAt, reply.EditedAt);
        annotation["target"] = $"{baseUrl}/api/articles/{articleId}/annotations/{thread.Id}";
        return annotation;
    }

    private static JsonObject Common(string baseUrl, Guid articleId, string id, string motivation, string authorId, string author,
        string text, DateTime created, DateTime? modified)
    {
        var annotation = new JsonObject
        {
            ["@context"] = new JsonArray(AnnotationContext, new JsonObject { ["editorial"] = EditorialNamespace }),
            ["id"] = $"{baseUrl}/api/articles/{articleId}/annotations/{id}",
            ["type"] = "Annotation",
            ["motivation"] = motivation,
            ["created"] = Time(created),
            ["creator"] = new JsonObject
            {
                ["id"] = $"{baseUrl}/api/users/{Uri.EscapeDataString(authorId)}",
                ["type"] = "Person",
                ["name"] = author,
            },
            ["body"] = new JsonObject
            {
                ["type"] = "TextualBody",
                ["value"] = text,
                ["format"] = "text/plain",
                ["purpose"] = motivation,
            },
        };
        if (modified is { } at)
        {
            annotation["modified"] = Time(at);
        }

        return annotation;
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

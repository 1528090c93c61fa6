using System.Text.Json;

namespace Editorial.Infrastructure.Events;

/// <summary>
/// What one app instance tells the others through PostgreSQL NOTIFY: ids only (docs/architecture.md §7), well
/// under the 8,000-byte payload limit.
/// </summary>
/// <param name="Instance">The sending instance, so it ignores its own messages.</param>
/// <param name="Topic">"article" or "user".</param>
/// <param name="Key">The article id or user id.</param>
/// <param name="Kind">For articles, what changed; for presence, the announcement's kind.</param>
/// <param name="Page">For presence, the open page.</param>
/// <param name="Who">For presence, who has it open (a display name is the one text carried).</param>
/// <param name="Log">For articles, the log entries the change added (<see cref="ArticleChanged.Log"/>).</param>
public sealed record RelayMessage(Guid Instance, string Topic, string Key, string Kind, Guid? Page = null, Presence? Who = null,
    LogRange? Log = null)
{
    /// <summary>Who has which article open.</summary>
    public const string PresenceTopic = "presence";

    /// <summary>Article changes.</summary>
    public const string ArticleTopic = "article";

    /// <summary>A user's notifications.</summary>
    public const string UserTopic = "user";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The NOTIFY payload.</summary>
    public string ToPayload() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a payload; null when it is not one of ours.</summary>
    public static RelayMessage? FromPayload(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<RelayMessage>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

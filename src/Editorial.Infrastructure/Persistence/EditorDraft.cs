using Editorial.Domain.Text;

namespace Editorial.Infrastructure.Persistence;

/// <summary>
/// What a user had typed in the editor and not yet saved, kept on the server so that a dropped
/// connection, a closed tab or a server restart loses nothing. One per user and article (a null
/// article is the user's unsaved new article). Deleted when the user saves or discards it.
/// </summary>
public sealed class EditorDraft
{
    private EditorDraft()
    {
        UserId = Title = Body = string.Empty;
    }

    /// <summary>Starts a draft.</summary>
    public EditorDraft(string userId, Guid? articleId)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        ArticleId = articleId;
        Title = Body = string.Empty;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Whose.</summary>
    public string UserId { get; private set; }

    /// <summary>The article being edited; null for a new article.</summary>
    public Guid? ArticleId { get; private set; }

    /// <summary>The revision the text was written on (0 for a new article).</summary>
    public int BaseRevisionNumber { get; private set; }

    /// <summary>The typed title, as typed.</summary>
    public string Title { get; private set; }

    /// <summary>The typed text, as typed.</summary>
    public string Body { get; private set; }

    /// <summary>How <see cref="Body"/> is written: Markdown from the rich editor; plain text for drafts kept before it.</summary>
    public BodyFormat Format { get; private set; }

    /// <summary>When it was last saved (UTC).</summary>
    public DateTime SavedAt { get; private set; }

    /// <summary>Replaces the content.</summary>
    public void Update(int baseRevisionNumber, string title, string body, BodyFormat format, DateTime now)
    {
        BaseRevisionNumber = baseRevisionNumber;
        Title = title;
        Body = body;
        Format = format;
        SavedAt = now;
    }
}

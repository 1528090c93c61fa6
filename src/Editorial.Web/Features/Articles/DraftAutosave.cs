namespace Editorial.Web.Features.Articles;

/// <summary>
/// The editor's autosaves, in order with the discard that follows a save of the article: once the
/// article is saved no autosave starts, and one still on its way lands before the draft is
/// discarded — so a discarded draft can never come back.
/// </summary>
public sealed class DraftAutosave
{
    private Task _inFlight = Task.CompletedTask;
    private (string? Title, string? Body)? _lastKept;

    /// <summary>Whether the article was saved, after which nothing is autosaved.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>When the text was last kept (UTC); null before the first autosave.</summary>
    public DateTime? KeptAt { get; private set; }

    /// <summary>Whether <paramref name="text"/> is what the last autosave kept.</summary>
    public bool IsKept((string? Title, string? Body) text) => _lastKept == text;

    /// <summary>
    /// Keeps <paramref name="text"/> with <paramref name="keep"/> (which says whether it worked), unless
    /// the article was saved or this text is already kept.
    /// </summary>
    public Task KeepAsync((string? Title, string? Body) text, Func<Task<bool>> keep, TimeProvider clock)
    {
        if (IsClosed || IsKept(text))
        {
            return Task.CompletedTask;
        }

        _inFlight = KeepNowAsync(text, keep, clock);
        return _inFlight;
    }

    /// <summary>The article was saved: stops autosaving, waits for an autosave on its way, then discards the draft.</summary>
    public async Task CloseAsync(Func<Task> discard)
    {
        IsClosed = true;
        await _inFlight;
        await discard();
    }

    private async Task KeepNowAsync((string? Title, string? Body) text, Func<Task<bool>> keep, TimeProvider clock)
    {
        if (await keep())
        {
            _lastKept = text;
            KeptAt = clock.GetUtcNow().UtcDateTime;
        }
    }
}

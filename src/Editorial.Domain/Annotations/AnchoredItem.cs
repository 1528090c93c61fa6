using Editorial.Domain.Articles;
using Editorial.Domain.Diff;

namespace Editorial.Domain.Annotations;

/// <summary>
/// Something pinned to words of an article's body — a comment thread or a claim. Keeps the current
/// anchor (re-baselined at every revision) and the original one, which is never overwritten, as
/// plain columns so both can be queried and exported.
/// </summary>
public abstract class AnchoredItem
{
    private readonly List<ArticleEvent> _events = [];

    /// <summary>For EF Core and derived constructors.</summary>
    protected AnchoredItem()
    {
        Exact = Prefix = Suffix = OriginalExact = OriginalPrefix = OriginalSuffix = PlacedExact = string.Empty;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; protected set; }

    /// <summary>The article it is on.</summary>
    public Guid ArticleId { get; protected set; }

    /// <summary>Changes on every update, so two people acting at once cannot both win.</summary>
    public int Version { get; private set; }

    /// <summary>Current anchor: quote.</summary>
    public string Exact { get; private set; }

    /// <summary>Current anchor: text before the quote.</summary>
    public string Prefix { get; private set; }

    /// <summary>Current anchor: text after the quote.</summary>
    public string Suffix { get; private set; }

    /// <summary>Current anchor: start offset (UTF-16).</summary>
    public int Start { get; private set; }

    /// <summary>Current anchor: end offset (UTF-16).</summary>
    public int End { get; private set; }

    /// <summary>The revision the current anchor describes.</summary>
    public int AnchorRevisionNumber { get; private set; }

    /// <summary>How the anchor relates to the current text.</summary>
    public AnchorStatus AnchorStatus { get; private set; }

    /// <summary>Original anchor: quote (never overwritten).</summary>
    public string OriginalExact { get; private set; }

    /// <summary>Original anchor: text before.</summary>
    public string OriginalPrefix { get; private set; }

    /// <summary>Original anchor: text after.</summary>
    public string OriginalSuffix { get; private set; }

    /// <summary>Original anchor: start offset.</summary>
    public int OriginalStart { get; private set; }

    /// <summary>Original anchor: end offset.</summary>
    public int OriginalEnd { get; private set; }

    /// <summary>The revision it was made on.</summary>
    public int OriginalRevisionNumber { get; private set; }

    /// <summary>
    /// The words a person last put it on: when it was made, or re-attached by hand. Edits carry it only onto
    /// words that keep most of these (<see cref="AnchorWords"/>). Empty for items made before it was kept:
    /// their original words count.
    /// </summary>
    public string PlacedExact { get; private set; }

    /// <summary>What happened since the last save, for the article's audit log.</summary>
    public IReadOnlyList<ArticleEvent> Events => _events;

    /// <summary>The current anchor.</summary>
    public Anchor Anchor => new(new TextQuoteSelector(Exact, Prefix, Suffix), new TextPositionSelector(Start, End), AnchorRevisionNumber, AnchorStatus);

    /// <summary>The anchor as it was made.</summary>
    public Anchor OriginalAnchor => new(new TextQuoteSelector(OriginalExact, OriginalPrefix, OriginalSuffix),
        new TextPositionSelector(OriginalStart, OriginalEnd), OriginalRevisionNumber, AnchorStatus.Exact);

    /// <summary>Carries the item to a new revision of the article's body, recording what that changed.</summary>
    /// <param name="diff">From the body its anchor describes to the new body.</param>
    /// <param name="revisionNumber">The new revision.</param>
    /// <param name="actorId">Who made the revision.</param>
    /// <param name="now">When (UTC).</param>
    public abstract void Reanchor(ProseDiffResult diff, int revisionNumber, string? actorId, DateTime now);

    /// <summary>Forgets the recorded events once they are in the log.</summary>
    public void ClearEvents() => _events.Clear();

    /// <summary>Records something that happened, for the audit log.</summary>
    protected void Record(ArticleEvent happened) => _events.Add(happened);

    /// <summary>Pins a new item: its anchor is also its original.</summary>
    protected void Pin(Anchor anchor)
    {
        SetAnchor(anchor);
        PlacedExact = anchor.Quote.Exact;
        (OriginalExact, OriginalPrefix, OriginalSuffix) = (anchor.Quote.Exact, anchor.Quote.Prefix, anchor.Quote.Suffix);
        (OriginalStart, OriginalEnd, OriginalRevisionNumber) = (anchor.Position.Start, anchor.Position.End, anchor.RevisionNumber);
    }

    /// <summary>Carries the anchor through a new revision's diff.</summary>
    /// <returns>The anchor before, when it changed; null when nothing did.</returns>
    protected Anchor? CarryAnchor(ProseDiffResult diff, int revisionNumber)
    {
        var before = Anchor;
        var after = Anchoring.Reanchor(before, diff, revisionNumber, PlacedExact.Length > 0 ? PlacedExact : OriginalExact);
        if (after == before)
        {
            return null;
        }

        SetAnchor(after);
        Touch();
        return before;
    }

    /// <summary>Puts the anchor on a new selection by hand (the original stays).</summary>
    /// <returns>The anchor before.</returns>
    protected Anchor MoveAnchorTo(string body, int revisionNumber, int start, int end)
    {
        var before = Anchor;
        SetAnchor(Anchoring.Create(body, start, end, revisionNumber));
        PlacedExact = Exact;
        Touch();
        return before;
    }

    /// <summary>Marks a change, for the optimistic concurrency check.</summary>
    protected void Touch() => Version++;

    private void SetAnchor(Anchor anchor)
    {
        (Exact, Prefix, Suffix) = (anchor.Quote.Exact, anchor.Quote.Prefix, anchor.Quote.Suffix);
        (Start, End, AnchorRevisionNumber, AnchorStatus) = (anchor.Position.Start, anchor.Position.End, anchor.RevisionNumber, anchor.Status);
    }
}

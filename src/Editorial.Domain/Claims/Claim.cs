using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Diff;
using Editorial.Domain.Text;
using Editorial.Domain.Workflow;

namespace Editorial.Domain.Claims;

/// <summary>
/// A factual claim in an article, pinned to its words: who makes it (the claimant), where its check
/// stands, the verdict and its sources. A verdict holds for the wording it was given on — an edit
/// that changes the words sends a checked claim back to <see cref="ClaimStatus.NeedsRecheck"/>;
/// deleting the words orphans it and withdraws its verdict, and it blocks approval until a fact-checker
/// re-attaches and checks it again, or dismisses it. Only a fact-checker's decision gives a verdict:
/// words found again never bring an old one back.
/// Fact-checkers give verdicts; Editors and Fact-checkers flag claims.
/// </summary>
public sealed class Claim : AnchoredItem
{
    /// <summary>Longest claimant.</summary>
    public const int MaxClaimantLength = 500;

    /// <summary>Longest verdict, notes or dismissal reason.</summary>
    public const int MaxTextLength = 10_000;

    private readonly List<ClaimSource> _sources = [];

    private Claim()
    {
        CreatedById = Claimant = Verdict = Notes = CheckedWording = DismissedReason = string.Empty;
    }

    /// <summary>Who flagged it.</summary>
    public string CreatedById { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>Who makes the claim in the article (e.g. "South Korean intelligence sources"); may be empty.</summary>
    public string Claimant { get; private set; }

    /// <summary>Where its check stands, as stored.</summary>
    public ClaimStatus Status { get; private set; }

    /// <summary>
    /// Where its check stands as anyone should read it now: a verdict holds only on its words, so a claim whose
    /// words were deleted reads <see cref="ClaimStatus.NeedsRecheck"/>, never its old verdict — also one
    /// orphaned before verdicts were withdrawn on orphaning, until its article's next revision withdraws it.
    /// </summary>
    public ClaimStatus CurrentStatus =>
        AnchorStatus == AnchorStatus.Orphaned && ClaimPolicy.IsVerdict(Status) ? ClaimStatus.NeedsRecheck : Status;

    /// <summary>The fact-checker's conclusion, in words.</summary>
    public string Verdict { get; private set; }

    /// <summary>Working notes.</summary>
    public string Notes { get; private set; }

    /// <summary>The fact-checker it is assigned to.</summary>
    public string? AssigneeId { get; private set; }

    /// <summary>The words the current status was given on (empty until a status is set).</summary>
    public string CheckedWording { get; private set; }

    /// <summary>The revision the current status was given on.</summary>
    public int? CheckedRevisionNumber { get; private set; }

    /// <summary>Who set the current status.</summary>
    public string? StatusSetById { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime? StatusSetAt { get; private set; }

    /// <summary>Why it was dismissed; empty while it stands.</summary>
    public string DismissedReason { get; private set; }

    /// <summary>When it was dismissed; dismissed claims count as resolved and are listed apart.</summary>
    public DateTime? DismissedAt { get; private set; }

    /// <summary>Who dismissed it.</summary>
    public string? DismissedById { get; private set; }

    /// <summary>Its sources, removed ones included.</summary>
    public IReadOnlyList<ClaimSource> Sources => _sources;

    /// <summary>The sources that stand.</summary>
    public IEnumerable<ClaimSource> CurrentSources => _sources.Where(s => s.RemovedAt is null);

    /// <summary>Whether it still counts against the "all claims resolved" gate.</summary>
    public bool IsResolved(ClaimPolicy policy) =>
        DismissedAt is not null || (AnchorStatus != AnchorStatus.Orphaned && policy.Resolved.Contains(Status));

    /// <summary>Flags a claim on [start, end) of <paramref name="body"/> (the body at <paramref name="revisionNumber"/>).</summary>
    /// <exception cref="WorkflowPermissionException">The actor is neither an Editor nor a Fact-checker.</exception>
    /// <exception cref="EditorialDomainException">A bad selection or claimant, or the article's stage makes its text
    /// read-only: an approved article is reopened before new claims are flagged on it, so that published text never
    /// shows an open claim (<see cref="Eligibility"/>, which <paramref name="may"/> carries, says so).</exception>
    public static Claim Flag(Guid articleId, Eligibility may, string body, int revisionNumber, int start, int end,
        string? claimant, DateTime now)
    {
        may.Ensure(ArticleAction.FlagClaim);
        var actor = may.Actor;

        var claim = new Claim
        {
            Id = Guid.CreateVersion7(),
            ArticleId = articleId,
            CreatedById = actor.UserId,
            CreatedAt = now,
            Claimant = Valid(claimant, MaxClaimantLength, "claimant"),
            Status = ClaimStatus.Unchecked,
        };
        claim.Pin(Anchoring.Create(body, start, end, revisionNumber));
        claim.Record(new ClaimFlagged(actor.UserId, now, claim.Id, claim.Exact, claim.Claimant, revisionNumber));
        return claim;
    }

    /// <summary>Changes the claimant, notes and assignee (Editors and Fact-checkers).</summary>
    public void Describe(WorkflowActor actor, string? claimant, string? notes, string? assigneeId, DateTime now)
    {
        EnsureStanding();
        Eligibility.EnsureRole(ArticleAction.DescribeClaim, actor);
        var (newClaimant, newNotes) = (Valid(claimant, MaxClaimantLength, "claimant"), Valid(notes, MaxTextLength, "notes"));
        if (newClaimant == Claimant && newNotes == Notes && assigneeId == AssigneeId)
        {
            return;
        }

        var (described, reassigned) = (newClaimant != Claimant || newNotes != Notes, assigneeId != AssigneeId);
        (Claimant, Notes, AssigneeId) = (newClaimant, newNotes, assigneeId);
        Touch();
        // Two facts, told apart: the assignee is told of a new claim to check, not of every edit to its notes.
        if (described)
        {
            Record(new ClaimDetailsChanged(actor.UserId, now, Id, Claimant, Notes, AssigneeId));
        }

        if (reassigned)
        {
            Record(new ClaimAssigned(actor.UserId, now, Id, AssigneeId, Exact));
        }
    }

    /// <summary>
    /// Sets the status and the verdict in words (Fact-checkers). The status holds for the words as
    /// they are now; a verdict needs a source when the policy says so.
    /// </summary>
    public void SetStatus(WorkflowActor actor, ClaimStatus status, string? verdict, DateTime now, ClaimPolicy policy)
    {
        EnsureStanding();
        Eligibility.EnsureRole(ArticleAction.CheckClaim, actor);
        if (!Enum.IsDefined(status))
        {
            throw new EditorialDomainException($"'{status}' is not a claim status.");
        }

        if (status is ClaimStatus.NeedsRecheck or ClaimStatus.Unchecked)
        {
            throw new EditorialDomainException($"'{status}' is set by the system, not by hand.");
        }

        if (AnchorStatus == AnchorStatus.Orphaned)
        {
            throw new EditorialDomainException("This claim's words were deleted: attach it to new words or dismiss it.");
        }

        if (ClaimPolicy.IsVerdict(status) && policy.VerdictRequiresSource && !CurrentSources.Any())
        {
            throw new EditorialDomainException("Add at least one source before giving a verdict.");
        }

        var from = Status;
        (Status, Verdict, CheckedWording, CheckedRevisionNumber) = (status, Valid(verdict, MaxTextLength, "verdict"), Exact, AnchorRevisionNumber);
        (StatusSetById, StatusSetAt) = (actor.UserId, now);
        Touch();
        Record(new ClaimStatusSet(actor.UserId, now, Id, from, Status, Verdict, AnchorRevisionNumber, Exact));
    }

    /// <summary>Adds a source (Fact-checkers). <paramref name="id"/>: see <see cref="ClientChosenId"/>.</summary>
    public ClaimSource AddSource(WorkflowActor actor, string? url, string? title, string? publisher, DateOnly accessedOn, string? note, DateTime now,
        Guid? id = null)
    {
        EnsureStanding();
        Eligibility.EnsureRole(ArticleAction.CheckClaim, actor);
        var source = new ClaimSource(ClientChosenId.OrNew(id), Id, ClaimSource.ValidUrl(url), Valid(title, ClaimSource.MaxFieldLength, "title"),
            Valid(publisher, ClaimSource.MaxFieldLength, "publisher"), accessedOn, Valid(note, ClaimSource.MaxFieldLength, "note"), actor.UserId, now);
        _sources.Add(source);
        Touch();
        Record(new ClaimSourceAdded(actor.UserId, now, Id, source.Id, source.Url, source.Title));
        return source;
    }

    /// <summary>Removes a source (Fact-checkers); the row and the log keep it.</summary>
    public void RemoveSource(WorkflowActor actor, Guid sourceId, DateTime now)
    {
        EnsureStanding();
        Eligibility.EnsureRole(ArticleAction.CheckClaim, actor);
        var source = CurrentSources.SingleOrDefault(s => s.Id == sourceId) ?? throw new EditorialDomainException("That source is not on this claim.");
        source.Remove(now);
        Touch();
        Record(new ClaimSourceRemoved(actor.UserId, now, Id, source.Id, source.Url));
    }

    /// <summary>Dismisses the claim with a reason (Fact-checkers) — how an orphaned claim stops blocking approval.</summary>
    public void Dismiss(WorkflowActor actor, string? reason, DateTime now)
    {
        EnsureStanding();
        Eligibility.EnsureRole(ArticleAction.CheckClaim, actor);
        var text = Valid(reason, MaxTextLength, "reason");
        if (text.Length == 0)
        {
            throw new EditorialDomainException("Say why the claim is dismissed.");
        }

        (DismissedReason, DismissedAt, DismissedById) = (text, now, actor.UserId);
        Touch();
        Record(new ClaimDismissed(actor.UserId, now, Id, text));
    }

    /// <summary>
    /// Carries the claim to a new revision. Changed words send a checked claim back for re-check
    /// (the wording it was checked on is kept beside the new one); edits elsewhere keep the verdict.
    /// </summary>
    public override void Reanchor(ProseDiffResult diff, int revisionNumber, string? actorId, DateTime now)
    {
        if (DismissedAt is not null || CarryAnchor(diff, revisionNumber) is not { } before)
        {
            return;
        }

        var after = Anchor;
        if (after.Status != before.Status || after.Quote.Exact != before.Quote.Exact)
        {
            Record(new ClaimAnchorChanged(actorId, now, Id, before.Status, after.Status, revisionNumber, before.Quote.Exact, after.Quote.Exact));
        }

        if (after.IsAttached && after.Quote.Exact != before.Quote.Exact && ClaimPolicy.IsVerdict(Status))
        {
            Record(new ClaimNeedsRecheck(actorId, now, Id, Status, revisionNumber, CheckedWording, after.Quote.Exact));
            Status = ClaimStatus.NeedsRecheck;
        }
        else if (after.Status == AnchorStatus.Orphaned && ClaimPolicy.IsVerdict(Status))
        {
            // Its words are gone, and with them what the verdict was about.
            Record(new ClaimVerdictWithdrawn(actorId, now, Id, Status, revisionNumber, CheckedWording));
            Status = ClaimStatus.NeedsRecheck;
        }
    }

    /// <summary>Attaches the claim to new words (Fact-checkers); a verdict given on other words needs a re-check.</summary>
    public void Reattach(WorkflowActor actor, string body, int revisionNumber, int start, int end, DateTime now)
    {
        EnsureStanding();
        Eligibility.EnsureRole(ArticleAction.CheckClaim, actor);
        var before = MoveAnchorTo(body, revisionNumber, start, end);
        Record(new ClaimAnchorChanged(actor.UserId, now, Id, before.Status, AnchorStatus, revisionNumber, before.Quote.Exact, Exact));
        if (ClaimPolicy.IsVerdict(Status) && Exact != CheckedWording)
        {
            Record(new ClaimNeedsRecheck(actor.UserId, now, Id, Status, revisionNumber, CheckedWording, Exact));
            Status = ClaimStatus.NeedsRecheck;
        }
    }

    private void EnsureStanding()
    {
        if (DismissedAt is not null)
        {
            throw new EditorialDomainException("This claim was dismissed.");
        }
    }

    private static string Valid(string? text, int max, string what)
    {
        var normalized = TextNormalizer.NormalizeBody(text).Trim();
        return normalized.Length <= max
            ? normalized
            : throw new EditorialDomainException($"The {what} is {normalized.Length:N0} characters long; the limit is {max:N0}.");
    }
}

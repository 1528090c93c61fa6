using Editorial.Domain.Text;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;

namespace Editorial.Domain.Articles;

/// <summary>
/// A story under review: its stage, its sign-offs and, by number and content hash, its current
/// text (the text itself lives in immutable <see cref="Revision"/>s). Every change goes through a
/// method here that checks the newsroom's rules and records what happened in <see cref="Events"/>.
/// </summary>
public sealed class Article
{
    /// <summary>Longest byline.</summary>
    public const int MaxBylineLength = 200;

    /// <summary>Longest reason for sending back or reopening.</summary>
    public const int MaxReasonLength = 4_000;

    private readonly List<SignOff> _signOffs = [];
    private readonly List<ArticleEvent> _events = [];

    private Article()
    {
        Slug = Title = Byline = Stage = CurrentContentHash = string.Empty;
    }

    /// <summary>Identity of the article.</summary>
    public Guid Id { get; private set; }

    /// <summary>Readable unique name used in URLs and seed files.</summary>
    public string Slug { get; private set; }

    /// <summary>The title of the current revision (kept here so lists need no revision).</summary>
    public string Title { get; private set; }

    /// <summary>Who the story is by, as printed.</summary>
    public string Byline { get; private set; }

    /// <summary>The workflow stage (a stage name of the policy).</summary>
    public string Stage { get; private set; }

    /// <summary>When the article entered its stage (UTC).</summary>
    public DateTime EnteredStageAt { get; private set; }

    /// <summary>The user who created it; null when it was imported by the system.</summary>
    public string? CreatedById { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When its text or state last changed (UTC).</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>The current revision.</summary>
    public Guid CurrentRevisionId { get; private set; }

    /// <summary>Number of the current revision (1-based).</summary>
    public int CurrentRevisionNumber { get; private set; }

    /// <summary>Content hash of the current revision.</summary>
    public string CurrentContentHash { get; private set; }

    /// <summary>The fact-checker a manager assigned; null when unassigned.</summary>
    public string? AssignedFactCheckerId { get; private set; }

    /// <summary>The manager a manager assigned; null when unassigned.</summary>
    public string? AssignedManagerId { get; private set; }

    /// <summary>When the article is due (UTC); null when no date is set.</summary>
    public DateTime? DueAt { get; private set; }

    /// <summary>The embargo: the approved text is not handed off before this time (UTC); null when there is none.</summary>
    public DateTime? PublishAt { get; private set; }

    /// <summary>The accepted text's snapshot; null while the first revision is the baseline.</summary>
    public Guid? BaselineId { get; private set; }

    /// <summary>How many accepts made the baseline (0: the first revision).</summary>
    public int BaselineNumber { get; private set; }

    /// <summary>Optimistic-concurrency token, maintained by the persistence layer.</summary>
    public uint Version { get; private set; }

    /// <summary>Every sign-off ever given, current and ended.</summary>
    public IReadOnlyCollection<SignOff> SignOffs => _signOffs;

    /// <summary>What happened since the article was loaded, in order; the application records these.</summary>
    public IReadOnlyList<ArticleEvent> Events => _events;

    /// <summary>Starts a new article in the policy's first stage with its first revision.</summary>
    /// <returns>The article and its first revision, both to be saved together.</returns>
    public static (Article Article, Revision FirstRevision) Create(ArticleText text, string byline, string authorId,
        DateTime now, WorkflowPolicy policy) =>
        Start(text, byline, authorId, now, RevisionKind.Edit, slug: null, policy.InitialStage);

    /// <summary>
    /// Brings in an article from outside (a seed file, an import) at the stage it is already in.
    /// Its first revision is of kind Import and has no author: the system made it.
    /// </summary>
    /// <exception cref="EditorialDomainException">The stage is not one of the policy's.</exception>
    public static (Article Article, Revision FirstRevision) Import(ArticleText text, string byline, string slug,
        string stage, DateTime now, WorkflowPolicy policy) =>
        Start(text, byline, authorId: null, now, RevisionKind.Import, slug, policy.Stage(stage).Name);

    /// <summary>
    /// Records a new revision if <paramref name="text"/> differs from the current text, and ends
    /// every current sign-off (they were given on other text). A save that changes nothing creates
    /// and ends nothing.
    /// </summary>
    /// <returns>The new revision, or null when the text is unchanged.</returns>
    /// <exception cref="WorkflowPermissionException">The author may not edit (see <see cref="Eligibility"/>).</exception>
    /// <exception cref="EditorialDomainException">The stage makes the text read-only.</exception>
    public Revision? Revise(ArticleText text, WorkflowActor author, DateTime now, WorkflowPolicy policy, string? summary = null,
        RevisionKind kind = RevisionKind.Edit)
    {
        if (kind is not (RevisionKind.Edit or RevisionKind.Merge))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A user's save is an edit or a merge.");
        }

        Eligibility.Of(policy, author, Stage).Ensure(ArticleAction.Edit);
        return text.Hash == CurrentContentHash ? null : Commit(text, author.UserId, now, kind, summary);
    }

    /// <summary>
    /// Makes an old revision's text current again, as a new revision of kind Restore (history is
    /// never rewritten). Sign-offs given on the text it replaces end, as with any edit.
    /// </summary>
    /// <returns>The new revision, or null when the old text is already the current text.</returns>
    public Revision? Restore(Revision old, WorkflowActor author, DateTime now, WorkflowPolicy policy)
    {
        if (old.ArticleId != Id)
        {
            throw new EditorialDomainException("That revision belongs to another article.");
        }

        Eligibility.Of(policy, author, Stage).Ensure(ArticleAction.Edit);
        return old.ContentHash == CurrentContentHash
            ? null
            : Commit(old.Text, author.UserId, now, RevisionKind.Restore, $"Restored revision {old.Number}");
    }

    /// <summary>
    /// Takes a suggestion into the text: a new revision of kind Suggestion whose words are credited to the
    /// suggester (its author) and which names who accepted it. Accepting writes the
    /// text, so only someone who may edit now accepts; like any edit it ends the sign-offs given on the
    /// old text.
    /// </summary>
    /// <param name="text">The current text with the suggestion taken in.</param>
    /// <param name="acceptor">Who accepts.</param>
    /// <param name="credit">Whose suggestion it was, and the names the summary gives.</param>
    /// <param name="now">Current time (UTC).</param>
    /// <param name="policy">The workflow, for who may edit when.</param>
    /// <returns>The new revision, or null when the text already reads so.</returns>
    /// <exception cref="WorkflowPermissionException">The acceptor may not edit (see <see cref="Eligibility"/>).</exception>
    /// <exception cref="EditorialDomainException">The stage makes the text read-only.</exception>
    public Revision? AcceptSuggestion(ArticleText text, WorkflowActor acceptor, SuggestionCredit credit, DateTime now, WorkflowPolicy policy)
    {
        Eligibility.Of(policy, acceptor, Stage).Ensure(ArticleAction.Edit);
        return text.Hash == CurrentContentHash ? null
            : Commit(text, credit.SuggesterId, now, RevisionKind.Suggestion, $"Suggested by {credit.SuggesterName}; accepted by {credit.AcceptorName}");
    }

    /// <summary>
    /// Records that a suggestion was rejected (by someone who may edit) or withdrawn (by the one who made
    /// it, while they may still suggest): the proposal loses those words, the log keeps them.
    /// </summary>
    /// <param name="actor">Who rejects or withdraws.</param>
    /// <param name="suggesterId">Whose suggestion it was.</param>
    /// <param name="removed">The article's words it would have replaced.</param>
    /// <param name="added">The words it suggested.</param>
    /// <param name="now">Current time (UTC).</param>
    /// <param name="policy">The workflow, for who may do what when.</param>
    /// <exception cref="WorkflowPermissionException">The actor may neither edit nor withdraw their own suggestion.</exception>
    /// <exception cref="EditorialDomainException">The stage makes the text read-only.</exception>
    public void RejectSuggestion(WorkflowActor actor, string suggesterId, string removed, string added, DateTime now, WorkflowPolicy policy)
    {
        var eligibility = Eligibility.Of(policy, actor, Stage);
        eligibility.Ensure(actor.UserId == suggesterId && eligibility.Refusal(ArticleAction.Edit) is not null ? ArticleAction.Suggest : ArticleAction.Edit);
        UpdatedAt = now;
        _events.Add(new SuggestionRejected(actor.UserId, now, suggesterId, removed, added));
    }

    /// <summary>
    /// Folds tracked changes into the baseline (the current text is untouched, so its sign-offs
    /// stand). Editors and Managers decide on tracked changes.
    /// </summary>
    /// <param name="actor">Who accepts.</param>
    /// <param name="count">How many changes are accepted (for the record).</param>
    /// <param name="accepted">The baseline with them folded in.</param>
    /// <param name="now">Current time (UTC).</param>
    /// <param name="policy">The workflow, for read-only stages.</param>
    /// <returns>The new baseline snapshot, to be saved with the article.</returns>
    public Baseline AcceptChanges(WorkflowActor actor, int count, AcceptedText accepted, DateTime now, WorkflowPolicy policy)
    {
        EnsureMayDecideChanges(actor, count, policy);
        var baseline = new Baseline(Id, BaselineNumber + 1, accepted, actor.UserId, now);
        BaselineId = baseline.Id;
        BaselineNumber = baseline.Number;
        UpdatedAt = now;
        _events.Add(new ChangesAccepted(actor.UserId, now, count, baseline.Number));
        return baseline;
    }

    /// <summary>
    /// Reverts tracked changes in the current text: a new revision of kind Reject, which ends the
    /// sign-offs given on the old text like any edit.
    /// </summary>
    /// <returns>The new revision.</returns>
    public Revision RejectChanges(WorkflowActor actor, int count, ArticleText revertedText, DateTime now, WorkflowPolicy policy)
    {
        EnsureMayDecideChanges(actor, count, policy);
        var revision = Commit(revertedText, actor.UserId, now, RevisionKind.Reject,
            count == 1 ? "Rejected 1 tracked change" : $"Rejected {count} tracked changes");
        _events.Add(new ChangesRejected(actor.UserId, now, count, revision.Number));
        return revision;
    }

    /// <summary>
    /// Notes activity that is not a text change (a comment, a reply), so it shows as a recent
    /// change and so that it and a concurrent save of the text cannot both win: the text save
    /// re-anchors the comments it knows of, and a comment made meanwhile would be left behind.
    /// </summary>
    public void NoteActivity(DateTime now) => UpdatedAt = now;

    /// <summary>Performs a transition such as submit, send back or reopen.</summary>
    /// <exception cref="WorkflowPermissionException">The actor lacks a performing role.</exception>
    /// <exception cref="EditorialDomainException">The article is not in the transition's stage, a reason is missing, or a gate fails.</exception>
    public void Perform(string transitionName, WorkflowActor actor, string? reason, DateTime now, WorkflowPolicy policy, GateFacts facts)
    {
        var transition = policy.Transition(transitionName);
        Eligibility.Of(policy, actor, Stage).EnsureMayPerform(transition);

        var why = ValidReason(reason, transition);
        var failing = transition.Gates.Select(g => Gates.Evaluate(g, facts)).Where(g => !g.Passed).ToList();
        if (failing.Count > 0)
        {
            throw new EditorialDomainException(
                $"'{transition.Label}' is blocked: {string.Join(" ", failing.Select(g => g.Reason))}");
        }

        MoveTo(transition, actor.UserId, now, why, bySignOffs: false);
    }

    /// <summary>
    /// Records a reviewer's decision on the current text for a sign-off transition, and fires the
    /// transition if this was the last requirement. A user has one standing decision per
    /// transition: a new one replaces theirs; the same one twice is refused.
    /// </summary>
    /// <param name="transitionName">The sign-off transition ("approve").</param>
    /// <param name="actor">The reviewer.</param>
    /// <param name="role">The one role they sign in.</param>
    /// <param name="decision">Approve or request changes.</param>
    /// <param name="comment">Their comment (required to request changes).</param>
    /// <param name="seenRevisionNumber">The revision the reviewer read; a newer one makes the decision stale.</param>
    /// <param name="now">Current time (UTC).</param>
    /// <param name="policy">The newsroom's workflow.</param>
    /// <param name="textAuthors">Users who wrote text in this article (for separation of duties).</param>
    /// <param name="facts">What the gates look at.</param>
    /// <returns>The new sign-off.</returns>
    /// <exception cref="WorkflowPermissionException">The actor does not hold <paramref name="role"/>.</exception>
    /// <exception cref="StaleTextException">The text changed since the reviewer read it.</exception>
    /// <exception cref="EditorialDomainException">Any other rule refuses it.</exception>
    public SignOff SignOff(string transitionName, WorkflowActor actor, string role, SignOffDecision decision, string? comment,
        int seenRevisionNumber, DateTime now, WorkflowPolicy policy, IReadOnlySet<string> textAuthors, GateFacts facts)
    {
        var transition = policy.Transition(transitionName);
        Eligibility.Of(policy, actor, Stage, textAuthors).EnsureMaySignOff(transition, role);

        if (seenRevisionNumber != CurrentRevisionNumber)
        {
            throw new StaleTextException(
                $"The text changed while you were reading it (you read revision {seenRevisionNumber}; it is now at {CurrentRevisionNumber}). " +
                "Read the new text before you decide.");
        }

        var text = ValidComment(comment, decision);
        var standing = _signOffs.FirstOrDefault(s => s.IsCurrent && s.Transition == transition.Name && s.UserId == actor.UserId);
        if (standing is not null)
        {
            if (standing.Decision == decision && standing.Role == role)
            {
                throw new EditorialDomainException(
                    decision == SignOffDecision.Approve
                        ? "You have already signed off this text."
                        : "You have already asked for changes to this text.");
            }

            EndSignOff(standing, SignOffEnd.Superseded, actor.UserId, now, byRevisionNumber: null);
        }

        var signOff = new SignOff(Id, transition.Name, role, actor.UserId, CurrentRevisionId, CurrentRevisionNumber,
            CurrentContentHash, decision, text, now);
        _signOffs.Add(signOff);
        UpdatedAt = now;
        _events.Add(new SignOffGiven(actor.UserId, now, signOff.Id, transition.Name, role, decision, signOff.RevisionNumber,
            signOff.ContentHash, text));

        if (Evaluate(transition, facts).IsSatisfied)
        {
            MoveTo(transition, actor.UserId, now, reason: string.Empty, bySignOffs: true);
        }

        return signOff;
    }

    /// <summary>
    /// A manager assigns who checks and who approves the article, and when it is due. Null
    /// clears an assignment or the due date.
    /// </summary>
    /// <exception cref="WorkflowPermissionException">The actor is not a Manager.</exception>
    /// <exception cref="EditorialDomainException">An assignee lacks the role they are assigned in.</exception>
    public void Assign(WorkflowActor manager, Assignee? factChecker, Assignee? assignedManager, DateTime? dueAt, DateTime now)
    {
        Eligibility.EnsureRole(ArticleAction.Assign, manager);

        if (factChecker is not null && !factChecker.Roles.Contains(Users.Roles.FactChecker))
        {
            throw new EditorialDomainException("The assigned fact-checker must hold the FactChecker role.");
        }

        if (assignedManager is not null && !assignedManager.Roles.Contains(Users.Roles.Manager))
        {
            throw new EditorialDomainException("The assigned manager must hold the Manager role.");
        }

        var due = dueAt is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : (DateTime?)null;
        if (factChecker?.UserId == AssignedFactCheckerId && assignedManager?.UserId == AssignedManagerId && due == DueAt)
        {
            return;
        }

        AssignedFactCheckerId = factChecker?.UserId;
        AssignedManagerId = assignedManager?.UserId;
        DueAt = due;
        UpdatedAt = now;
        _events.Add(new ArticleAssigned(manager.UserId, now, AssignedFactCheckerId, AssignedManagerId, DueAt));
    }

    /// <summary>The longest an embargo may reach ahead.</summary>
    public static readonly TimeSpan MaxEmbargo = TimeSpan.FromDays(366);

    /// <summary>
    /// Sets the embargo: the approved text is not handed off (webhook, <c>GET …/approved</c>) before
    /// <paramref name="publishAt"/>; null lifts it. Managers only; a time in the past, or more than a
    /// year ahead, is refused.
    /// </summary>
    /// <exception cref="WorkflowPermissionException">The actor is not a Manager.</exception>
    /// <exception cref="EditorialDomainException">The time is in the past or too far ahead.</exception>
    public void SetEmbargo(WorkflowActor manager, DateTime? publishAt, DateTime now)
    {
        Eligibility.EnsureRole(ArticleAction.SetEmbargo, manager);
        var at = publishAt is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : (DateTime?)null;
        if (at <= now)
        {
            throw new EditorialDomainException("An embargo ends in the future; to release the article now, lift the embargo.");
        }

        if (at > now + MaxEmbargo)
        {
            throw new EditorialDomainException("An embargo may reach at most a year ahead.");
        }

        if (at == PublishAt)
        {
            return;
        }

        PublishAt = at;
        UpdatedAt = now;
        _events.Add(new EmbargoSet(manager.UserId, now, PublishAt));
    }

    /// <summary>Whether the approved text may be handed off now: it is approved (read-only) and no embargo holds it.</summary>
    public bool IsReleased(WorkflowPolicy policy, DateTime now) => policy.Stage(Stage).TextReadOnly && !(PublishAt > now);

    /// <summary>Whether the article is past its due date and not yet in a read-only (finished) stage.</summary>
    public static bool IsOverdue(DateTime? dueAt, bool stageIsReadOnly, DateTime now) => dueAt < now && !stageIsReadOnly;

    /// <summary>Where <paramref name="transition"/> stands for this article now.</summary>
    public TransitionStatus Evaluate(TransitionDefinition transition, GateFacts facts)
    {
        var inThisStage = _signOffs.Where(s => s.Transition == transition.Name && s.CreatedAt >= EnteredStageAt).ToList();
        var requirements = transition.RequiredSignOffs.Select(required =>
        {
            var approvals = inThisStage
                .Where(s => s.Role == required.Key && s.Decision == SignOffDecision.Approve && s.IsValidOn(CurrentContentHash))
                .ToList();
            var invalidated = inThisStage
                .Where(s => s.Role == required.Key && s.EndReason == SignOffEnd.TextChanged
                            && !inThisStage.Any(n => n.UserId == s.UserId && n.IsCurrent))
                .GroupBy(s => s.UserId).Select(g => g.OrderBy(s => s.CreatedAt).Last())
                .ToList();
            return new RequirementStatus(required.Key, required.Value, approvals, invalidated);
        }).ToList();
        var gates = transition.Gates.Select(g => Gates.Evaluate(g, facts)).ToList();
        var changesRequested = inThisStage
            .Where(s => s.Decision == SignOffDecision.RequestChanges && s.IsValidOn(CurrentContentHash))
            .ToList();
        return new TransitionStatus(transition, requirements, gates, changesRequested);
    }

    /// <summary>
    /// The sign-offs the article waits for now: for each transition out of its stage that fires by
    /// sign-off, each role whose required approvals (on the current text, given in this stage) are
    /// not all there — the one definition the work queues are built from. Needs the sign-offs loaded.
    /// </summary>
    public IReadOnlyList<AwaitedSignOff> AwaitedSignOffs(WorkflowPolicy policy) =>
        policy.Transitions
            .Where(t => t.From == Stage && t.IsBySignOff)
            .SelectMany(t => Evaluate(t, GateFacts.Clear).Requirements
                .Where(r => !r.IsMet)
                .Select(r => new AwaitedSignOff(t.Name, r.Role, AssigneeFor(r.Role))))
            .ToList();

    /// <summary>
    /// Who the article is assigned to for <paramref name="role"/>'s work: the fact-checker or the
    /// manager; null when nobody is (or the role is not assigned per article).
    /// </summary>
    public string? AssigneeFor(string role) => role switch
    {
        Roles.FactChecker => AssignedFactCheckerId,
        Roles.Manager => AssignedManagerId,
        _ => null,
    };

    /// <summary>
    /// The transition out of the current stage whose required sign-offs are all given (and no change
    /// is requested), so that only its gates can still hold it back; null when there is none.
    /// Cheap: it looks at the sign-offs only, so callers read the gate facts just when it is not null.
    /// </summary>
    public TransitionDefinition? TransitionAwaitingGates(WorkflowPolicy policy) =>
        policy.Transitions
            .Where(t => t.From == Stage && t.IsBySignOff)
            .FirstOrDefault(t => Evaluate(t, GateFacts.Clear).IsSatisfied);

    /// <summary>
    /// Fires the transition whose last condition just became true: its sign-offs were given earlier,
    /// and now its gates are open too (a tracked change accepted, a claim resolved, a comment
    /// resolved). A transition fires exactly once, by whichever comes last — the last sign-off (see
    /// <see cref="SignOff"/>) or the last gate (here).
    /// </summary>
    /// <param name="policy">The workflow.</param>
    /// <param name="facts">What the gates look at now.</param>
    /// <param name="actorId">Who opened the last gate.</param>
    /// <param name="now">When.</param>
    /// <returns>Whether the article moved.</returns>
    public bool AdvanceIfReady(WorkflowPolicy policy, GateFacts facts, string? actorId, DateTime now)
    {
        var transition = TransitionAwaitingGates(policy);
        if (transition is null || !Evaluate(transition, facts).IsSatisfied)
        {
            return false;
        }

        MoveTo(transition, actorId, now, reason: string.Empty, bySignOffs: true);
        return true;
    }

    /// <summary>Forgets the recorded events once the application has written them.</summary>
    public void ClearEvents() => _events.Clear();

    private static (Article, Revision) Start(ArticleText text, string byline, string? authorId, DateTime now,
        RevisionKind kind, string? slug, string stage)
    {
        var id = Guid.CreateVersion7();
        var article = new Article
        {
            Id = id,
            Slug = ValidSlug(slug) ?? Articles.Slug.For(text.Title, id),
            Byline = ValidByline(byline),
            Stage = stage,
            EnteredStageAt = now,
            CreatedById = authorId,
            CreatedAt = now,
        };
        article._events.Add(new ArticleCreated(authorId, now, text.Title, stage, kind == RevisionKind.Import));
        var first = article.Append(text, authorId, now, kind, summary: null);
        return (article, first);
    }

    private void MoveTo(TransitionDefinition transition, string? actorId, DateTime now, string reason, bool bySignOffs)
    {
        var from = Stage;
        // Decisions given in the stage being left no longer stand, except those that just carried the
        // article forward: they stay as the record of who approved which text.
        if (!bySignOffs)
        {
            foreach (var signOff in _signOffs.Where(s => s.IsCurrent).ToList())
            {
                EndSignOff(signOff, SignOffEnd.StageLeft, actorId, now, byRevisionNumber: null);
            }
        }

        Stage = transition.To;
        EnteredStageAt = now;
        UpdatedAt = now;
        _events.Add(new StageChanged(actorId, now, transition.Name, from, transition.To, reason, bySignOffs));
    }

    private void EndSignOff(SignOff signOff, SignOffEnd reason, string? actorId, DateTime now, int? byRevisionNumber)
    {
        signOff.End(reason, now, byRevisionNumber);
        _events.Add(new SignOffEnded(actorId, now, signOff.Id, signOff.UserId, signOff.Role, signOff.Transition, reason, byRevisionNumber));
    }

    private void EnsureMayDecideChanges(WorkflowActor actor, int count, WorkflowPolicy policy)
    {
        Eligibility.Of(policy, actor, Stage).Ensure(ArticleAction.DecideChanges);
        if (count < 1)
        {
            throw new EditorialDomainException("Choose at least one tracked change.");
        }
    }

    private Revision Commit(ArticleText text, string authorId, DateTime now, RevisionKind kind, string? summary)
    {
        var revision = Append(text, authorId, now, kind, summary);
        foreach (var signOff in _signOffs.Where(s => s.IsCurrent).ToList())
        {
            EndSignOff(signOff, SignOffEnd.TextChanged, authorId, now, revision.Number);
        }

        return revision;
    }

    private Revision Append(ArticleText text, string? authorId, DateTime now, RevisionKind kind, string? summary)
    {
        var parent = CurrentRevisionNumber == 0 ? (Guid?)null : CurrentRevisionId;
        var revision = new Revision(Id, CurrentRevisionNumber + 1, parent, authorId, now, kind, text, summary);
        CurrentRevisionId = revision.Id;
        CurrentRevisionNumber = revision.Number;
        CurrentContentHash = revision.ContentHash;
        Title = revision.Title;
        UpdatedAt = now;
        _events.Add(new TextRevised(authorId, now, revision.Number, revision.ContentHash, revision.Summary));
        return revision;
    }

    private static string ValidReason(string? reason, TransitionDefinition transition)
    {
        var text = TextNormalizer.NormalizeBody(reason);
        if (transition.ReasonRequired && text.Length == 0)
        {
            throw new EditorialDomainException($"Say why: '{transition.Label}' needs a reason.");
        }

        return text.Length <= MaxReasonLength
            ? text
            : throw new EditorialDomainException($"The reason is {text.Length:N0} characters long; the limit is {MaxReasonLength:N0}.");
    }

    private static string ValidComment(string? comment, SignOffDecision decision)
    {
        var text = TextNormalizer.NormalizeBody(comment);
        if (decision == SignOffDecision.RequestChanges && text.Length == 0)
        {
            throw new EditorialDomainException("Say what needs to change: a request for changes needs a comment.");
        }

        return text.Length <= Workflow.SignOff.MaxCommentLength
            ? text
            : throw new EditorialDomainException(
                $"The comment is {text.Length:N0} characters long; the limit is {Workflow.SignOff.MaxCommentLength:N0}.");
    }

    private static string ValidByline(string byline)
    {
        var normalized = TextNormalizer.NormalizeTitle(byline);
        if (normalized.Length == 0)
        {
            throw new EditorialDomainException("The byline is required.");
        }

        return normalized.Length <= MaxBylineLength
            ? normalized
            : throw new EditorialDomainException(
                $"The byline is {normalized.Length:N0} characters long; the limit is {MaxBylineLength:N0}.");
    }

    private static string? ValidSlug(string? slug)
    {
        if (slug is null)
        {
            return null;
        }

        var valid = slug.Length is > 0 and <= Articles.Slug.MaxLength
            && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
        return valid
            ? slug
            : throw new EditorialDomainException(
                $"'{slug}' is not a valid slug: use 1 to {Articles.Slug.MaxLength} lowercase letters, digits and hyphens.");
    }
}

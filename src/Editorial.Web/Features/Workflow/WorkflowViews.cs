using Editorial.Domain.Workflow;
using Editorial.Web.Features.People;

namespace Editorial.Web.Features.Workflow;

/// <summary>An article's workflow as one user sees it: where it is, what the next moves need, and
/// what this user may do now. The stepper and <c>GET /api/articles/{id}/workflow</c> show this.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Stage">Current stage name.</param>
/// <param name="Stages">Every stage, in order.</param>
/// <param name="RevisionNumber">The revision a decision now would be about.</param>
/// <param name="Transitions">The moves out of the current stage.</param>
/// <param name="MyInvalidatedSignOff">The user's latest sign-off in this stage that a text change ended, if any.</param>
/// <param name="Assignment">Who is assigned, the due date, and whether this user may change them.</param>
/// <param name="Actions">Everything this user may do to the article now, from the domain's one answer (<c>Eligibility</c>).</param>
public sealed record WorkflowView(
    Guid ArticleId,
    string Stage,
    IReadOnlyList<StageView> Stages,
    int RevisionNumber,
    IReadOnlyList<TransitionView> Transitions,
    SignOffView? MyInvalidatedSignOff,
    AssignmentView Assignment,
    IReadOnlyList<PossibleAction> Actions);

/// <summary>Who checks and approves the article, and by when.</summary>
/// <param name="FactChecker">The assigned fact-checker.</param>
/// <param name="Manager">The assigned manager.</param>
/// <param name="DueAt">The due date (UTC).</param>
/// <param name="IsOverdue">Past due and not finished.</param>
/// <param name="CanAssign">Whether this user (a Manager) may change the assignment.</param>
/// <param name="EmbargoedUntil">The embargo, while it holds (UTC); null when there is none, or it has passed.</param>
/// <param name="CanSetEmbargo">Whether this user (a Manager) may set or lift the embargo.</param>
public sealed record AssignmentView(PersonView? FactChecker, PersonView? Manager, DateTime? DueAt, bool IsOverdue, bool CanAssign,
    DateTime? EmbargoedUntil = null, bool CanSetEmbargo = false);

/// <summary>A stage, and whether the article is in it.</summary>
public sealed record StageView(string Name, string Label, bool IsCurrent, bool TextReadOnly);

/// <summary>A move out of the current stage.</summary>
/// <param name="Name">Stable name ("approve").</param>
/// <param name="Label">Button text.</param>
/// <param name="To">Stage it leads to.</param>
/// <param name="IsBySignOff">Whether it fires on sign-offs rather than being performed.</param>
/// <param name="ReasonRequired">Whether performing it needs a reason.</param>
/// <param name="PerformedBy">Roles that may perform it.</param>
/// <param name="Requirements">Required sign-offs and their state.</param>
/// <param name="Gates">Gates and their state.</param>
/// <param name="ChangesRequested">Standing requests for changes.</param>
/// <param name="CanPerform">Whether this user may perform it now.</param>
/// <param name="SignableRoles">Roles this user may sign off in now.</param>
/// <param name="WhyNotSignable">Why this user cannot sign, when they hold a required role but may not.</param>
/// <param name="MyDecision">This user's standing decision on this transition, if any.</param>
public sealed record TransitionView(
    string Name,
    string Label,
    string To,
    bool IsBySignOff,
    bool ReasonRequired,
    IReadOnlyList<string> PerformedBy,
    IReadOnlyList<RequirementView> Requirements,
    IReadOnlyList<GateResult> Gates,
    IReadOnlyList<SignOffView> ChangesRequested,
    bool CanPerform,
    IReadOnlyList<string> SignableRoles,
    string? WhyNotSignable,
    SignOffView? MyDecision)
{
    /// <summary>Whether this user may approve in <paramref name="role"/> now (not already standing).</summary>
    public bool CanApproveAs(string role) => SignableRoles.Contains(role)
        && !(MyDecision is { Decision: SignOffDecision.Approve } mine && mine.Role == role);

    /// <summary>Whether this user may ask for changes in <paramref name="role"/> now (not already standing).</summary>
    public bool CanRequestChangesAs(string role) => SignableRoles.Contains(role)
        && !(MyDecision is { Decision: SignOffDecision.RequestChanges } mine && mine.Role == role);
}

/// <summary>One role's required sign-offs.</summary>
public sealed record RequirementView(string Role, int Required, IReadOnlyList<SignOffView> Approvals, IReadOnlyList<SignOffView> Invalidated)
{
    /// <summary>Whether enough approvals stand.</summary>
    public bool IsMet => Approvals.Count >= Required;
}

/// <summary>A sign-off as shown to people.</summary>
public sealed record SignOffView(
    Guid Id,
    string UserId,
    string UserName,
    string Role,
    SignOffDecision Decision,
    string Comment,
    int RevisionNumber,
    DateTime CreatedAt,
    SignOffEnd? EndReason,
    int? EndedByRevisionNumber);

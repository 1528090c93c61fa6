namespace Editorial.Domain.Workflow;

/// <summary>Where one role's required sign-offs for a transition stand.</summary>
/// <param name="Role">The role.</param>
/// <param name="Required">How many approvals are needed.</param>
/// <param name="Approvals">Current approvals on the current text.</param>
/// <param name="Invalidated">Approvals given in this stage that a change of text ended, and not yet renewed.</param>
public sealed record RequirementStatus(string Role, int Required, IReadOnlyList<SignOff> Approvals, IReadOnlyList<SignOff> Invalidated)
{
    /// <summary>Whether enough approvals stand.</summary>
    public bool IsMet => Approvals.Count >= Required;
}

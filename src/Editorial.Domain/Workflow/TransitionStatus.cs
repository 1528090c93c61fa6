namespace Editorial.Domain.Workflow;

/// <summary>Everything that decides whether a transition can happen now, for the stepper and the API.</summary>
/// <param name="Transition">The transition.</param>
/// <param name="Requirements">Each required role's sign-offs.</param>
/// <param name="Gates">Each gate's result.</param>
/// <param name="ChangesRequested">Standing requests for changes, which block it.</param>
public sealed record TransitionStatus(
    TransitionDefinition Transition,
    IReadOnlyList<RequirementStatus> Requirements,
    IReadOnlyList<GateResult> Gates,
    IReadOnlyList<SignOff> ChangesRequested)
{
    /// <summary>Whether every requirement and gate is met and nobody asked for changes.</summary>
    public bool IsSatisfied => Requirements.All(r => r.IsMet) && Gates.All(g => g.Passed) && ChangesRequested.Count == 0;
}

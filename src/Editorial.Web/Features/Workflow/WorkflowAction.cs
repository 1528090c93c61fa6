using Editorial.Domain.Workflow;

namespace Editorial.Web.Features.Workflow;

/// <summary>What the user asked to do from the workflow panel.</summary>
/// <param name="Transition">The transition concerned.</param>
/// <param name="Role">For a sign-off, the role to sign in.</param>
/// <param name="Decision">For a sign-off, approve or request changes; null to perform the transition.</param>
public sealed record WorkflowAction(TransitionView Transition, string? Role, SignOffDecision? Decision);

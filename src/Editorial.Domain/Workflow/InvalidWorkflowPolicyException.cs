namespace Editorial.Domain.Workflow;

/// <summary>The configured workflow policy cannot work; the app refuses to start and says why.</summary>
public sealed class InvalidWorkflowPolicyException(IReadOnlyList<string> problems)
    : Exception("The workflow policy is invalid: " + string.Join("; ", problems) + ".")
{
    /// <summary>Every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}

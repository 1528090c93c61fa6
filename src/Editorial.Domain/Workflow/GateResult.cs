namespace Editorial.Domain.Workflow;

/// <summary>The outcome of one gate.</summary>
/// <param name="Gate">The gate's name.</param>
/// <param name="Label">What it checks, for people.</param>
/// <param name="Passed">Whether it passes.</param>
/// <param name="Reason">Why it fails; null when it passes.</param>
public sealed record GateResult(string Gate, string Label, bool Passed, string? Reason);

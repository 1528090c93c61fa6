namespace Editorial.Infrastructure.WorkQueues;

/// <summary>
/// A note of what derived data was built from (e.g. the workflow policy the awaited sign-offs were
/// computed with), so startup knows when to build it again.
/// </summary>
public sealed class DerivedState
{
    /// <summary>What was built.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>What it was built from (a fingerprint).</summary>
    public string Value { get; set; } = string.Empty;
}

namespace Editorial.Domain.Workflow;

/// <summary>The named checks a policy can put on a transition.</summary>
public static class GateNames
{
    /// <summary>Every claim flagged in the article has a resolved status.</summary>
    public const string AllClaimsResolved = "AllClaimsResolved";

    /// <summary>Every tracked change has been accepted or rejected.</summary>
    public const string NoPendingTrackedChanges = "NoPendingTrackedChanges";

    /// <summary>Every comment thread is resolved.</summary>
    public const string NoOpenComments = "NoOpenComments";

    /// <summary>Every gate the product knows.</summary>
    public static IReadOnlyList<string> All { get; } = [AllClaimsResolved, NoPendingTrackedChanges, NoOpenComments];
}

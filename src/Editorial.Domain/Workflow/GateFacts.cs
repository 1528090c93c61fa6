namespace Editorial.Domain.Workflow;

/// <summary>What the gates look at, counted by the application for one article.</summary>
/// <param name="OpenClaims">Claims whose status does not count as resolved.</param>
/// <param name="PendingTrackedChanges">Tracked changes neither accepted nor rejected.</param>
/// <param name="OpenComments">Unresolved comment threads.</param>
public sealed record GateFacts(int OpenClaims, int PendingTrackedChanges, int OpenComments)
{
    /// <summary>An article with nothing open.</summary>
    public static GateFacts Clear { get; } = new(0, 0, 0);
}

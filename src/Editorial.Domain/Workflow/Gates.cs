namespace Editorial.Domain.Workflow;

/// <summary>Evaluates the named gates against an article's facts.</summary>
public static class Gates
{
    /// <summary>Checks <paramref name="gate"/>.</summary>
    /// <exception cref="ArgumentException">The gate is unknown (policies are validated at startup).</exception>
    public static GateResult Evaluate(string gate, GateFacts facts) => gate switch
    {
        GateNames.AllClaimsResolved => Check(gate, "All claims resolved", facts.OpenClaims, "claim is", "claims are", "open"),
        GateNames.NoPendingTrackedChanges => Check(gate, "No pending tracked changes", facts.PendingTrackedChanges, "tracked change is", "tracked changes are", "pending"),
        GateNames.NoOpenComments => Check(gate, "No open comments", facts.OpenComments, "comment thread is", "comment threads are", "open"),
        _ => throw new ArgumentException($"Unknown gate '{gate}'.", nameof(gate)),
    };

    private static GateResult Check(string gate, string label, int count, string singular, string plural, string state) =>
        count == 0
            ? new GateResult(gate, label, true, null)
            : new GateResult(gate, label, false, $"{count} {(count == 1 ? singular : plural)} still {state}.");
}

namespace Editorial.Domain.Claims;

/// <summary>
/// The newsroom's rules for claims: which statuses count as resolved (for the "all claims resolved"
/// gate and the summary) and whether a verdict needs at least one source.
/// </summary>
public sealed class ClaimPolicy
{
    /// <summary>Verdicts count as resolved; a verdict needs a source.</summary>
    public static ClaimPolicy Default { get; } = new([ClaimStatus.Verified, ClaimStatus.False, ClaimStatus.Misleading, ClaimStatus.Unverifiable], true);

    /// <summary>Builds a policy.</summary>
    /// <exception cref="EditorialDomainException">A status that is not a verdict is listed as resolved.</exception>
    public ClaimPolicy(IReadOnlyCollection<ClaimStatus> resolved, bool verdictRequiresSource)
    {
        var invalid = resolved.Where(s => s is ClaimStatus.Unchecked or ClaimStatus.InProgress or ClaimStatus.NeedsRecheck).ToList();
        if (invalid.Count > 0)
        {
            throw new EditorialDomainException($"The claim policy lists {string.Join(", ", invalid)} as resolved; only verdicts can be.");
        }

        Resolved = resolved.ToHashSet();
        VerdictRequiresSource = verdictRequiresSource;
    }

    /// <summary>The statuses that count as resolved.</summary>
    public IReadOnlySet<ClaimStatus> Resolved { get; }

    /// <summary>Whether a verdict (a status among the verdicts) needs at least one source.</summary>
    public bool VerdictRequiresSource { get; }

    /// <summary>Whether <paramref name="status"/> is a verdict: a conclusion a fact-checker reached.</summary>
    public static bool IsVerdict(ClaimStatus status) => status is ClaimStatus.Verified or ClaimStatus.False or ClaimStatus.Misleading or ClaimStatus.Unverifiable;
}

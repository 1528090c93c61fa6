using Editorial.Domain.Claims;

namespace Editorial.Infrastructure.Workflow;

/// <summary>The <c>Claims</c> configuration section: the newsroom's <see cref="ClaimPolicy"/>.</summary>
public sealed class ClaimOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Claims";

    /// <summary>Statuses that count as resolved; the default policy's when empty.</summary>
    public List<ClaimStatus> ResolvedStatuses { get; set; } = [];

    /// <summary>Whether a verdict needs a source; the default policy's (yes) when unset.</summary>
    public bool? VerdictRequiresSource { get; set; }

    /// <summary>The policy these options describe.</summary>
    /// <exception cref="Editorial.Domain.EditorialDomainException">A status that is not a verdict is listed as resolved.</exception>
    public ClaimPolicy ToPolicy() => new(
        ResolvedStatuses.Count == 0 ? [.. ClaimPolicy.Default.Resolved] : ResolvedStatuses,
        VerdictRequiresSource ?? ClaimPolicy.Default.VerdictRequiresSource);
}

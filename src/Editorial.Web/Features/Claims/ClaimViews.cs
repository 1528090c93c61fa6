using Editorial.Web.Features.People;
using Editorial.Domain.Annotations;
using Editorial.Domain.Claims;
using Editorial.Web.Features.Workflow;

namespace Editorial.Web.Features.Claims;

/// <summary>A claim as the claims panel and the API show it.</summary>
/// <param name="Id">The claim.</param>
/// <param name="Anchor">Where it is now.</param>
/// <param name="OriginalQuote">The words it was flagged on.</param>
/// <param name="Claimant">Who makes the claim in the article.</param>
/// <param name="Status">Where its check stands now (<see cref="Claim.CurrentStatus"/>: never a verdict on deleted words).</param>
/// <param name="IsResolved">Whether it counts as resolved under the newsroom's policy.</param>
/// <param name="Verdict">The verdict in words.</param>
/// <param name="Notes">Working notes.</param>
/// <param name="CheckedWording">The words the status was given on (shown beside the new ones after an edit).</param>
/// <param name="Assignee">The fact-checker it is assigned to.</param>
/// <param name="CreatedBy">Who flagged it.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="StatusSetBy">Who set the status.</param>
/// <param name="StatusSetAt">When.</param>
/// <param name="DismissedReason">Why it was dismissed; null while it stands.</param>
/// <param name="Sources">Its sources.</param>
/// <param name="Version">To refuse a decision taken on an old view.</param>
public sealed record ClaimView(Guid Id, Anchor Anchor, string OriginalQuote, string Claimant, ClaimStatus Status, bool IsResolved, string Verdict,
    string Notes, string CheckedWording, PersonView? Assignee, PersonView CreatedBy, DateTime CreatedAt, PersonView? StatusSetBy, DateTime? StatusSetAt,
    string? DismissedReason, IReadOnlyList<SourceView> Sources, int Version)
{
    /// <summary>Whether its words were deleted.</summary>
    public bool IsOrphaned => Anchor.Status == AnchorStatus.Orphaned;

    /// <summary>
    /// Where it stands, in the words every reader sees (the panel, the report, ClaimReview, the API): a claim
    /// whose words changed or went never reads as its old verdict.
    /// </summary>
    public string StatusLabel =>
        DismissedReason is not null ? "Dismissed"
        : IsOrphaned ? "Orphaned (words deleted)"
        : Status == ClaimStatus.NeedsRecheck ? "Needs re-check (words changed)"
        : ClaimsView.StatusLabel(Status);
}

/// <summary>A source of a claim.</summary>
public sealed record SourceView(Guid Id, string Url, string Title, string Publisher, DateOnly AccessedOn, string Note, PersonView AddedBy);

/// <summary>An article's claims in text order (orphans and dismissed last), with the summary.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="RevisionNumber">The revision the anchors describe.</param>
/// <param name="Claims">The claims.</param>
/// <param name="CanFlag">Whether this user may flag claims now (Editors, Fact-checkers; not on an approved article).</param>
/// <param name="CanDescribe">Whether this user may change claimants, notes and assignees (Editors, Fact-checkers).</param>
/// <param name="CanCheck">Whether this user may give verdicts (Fact-checkers).</param>
public sealed record ClaimsView(Guid ArticleId, int RevisionNumber, IReadOnlyList<ClaimView> Claims, bool CanFlag, bool CanDescribe, bool CanCheck)
{
    /// <summary>Claims that still block approval.</summary>
    public int OpenCount => Claims.Count(c => !c.IsResolved);

    /// <summary>E.g. "7 claims: 5 verified, 1 false, 1 open".</summary>
    public string Summary
    {
        get
        {
            if (Claims.Count == 0)
            {
                return "No claims flagged.";
            }

            var parts = Claims.Where(c => c.IsResolved)
                .GroupBy(c => c.StatusLabel.ToLowerInvariant())
                .Select(g => $"{g.Count()} {g.Key}")
                .Append(OpenCount > 0 ? $"{OpenCount} open" : null)
                .OfType<string>();
            return $"{Claims.Count} {(Claims.Count == 1 ? "claim" : "claims")}: {string.Join(", ", parts)}";
        }
    }

    /// <summary>A status in words, as a fact-checker chooses it (a claim's own standing: <see cref="ClaimView.StatusLabel"/>).</summary>
    public static string StatusLabel(ClaimStatus status) => status switch
    {
        ClaimStatus.InProgress => "In progress",
        ClaimStatus.NeedsRecheck => "Needs re-check",
        _ => status.ToString(),
    };
}

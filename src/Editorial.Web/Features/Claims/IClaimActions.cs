using Editorial.Domain.Claims;

namespace Editorial.Web.Features.Claims;

/// <summary>
/// What a claim card asks for. The article page hands its cards one implementation
/// (<c>ReviewActions</c>), so the page does not pass a callback per action down through the panel.
/// Each answer says whether the action succeeded, so a card keeps what was typed when it did not.
/// </summary>
public interface IClaimActions
{
    /// <summary>Sets the claim's status and verdict, as the card saw the claim.</summary>
    Task<bool> SetStatusAsync(ClaimView claim, ClaimStatus status, string verdict);

    /// <summary>Adds a source.</summary>
    Task<bool> AddSourceAsync(ClaimView claim, SourceDraft source);

    /// <summary>Changes claimant, notes and assignee.</summary>
    Task<bool> DescribeAsync(ClaimView claim, string claimant, string notes, string? assigneeId);

    /// <summary>Dismisses the claim with a reason.</summary>
    Task<bool> DismissAsync(ClaimView claim, string reason);

    /// <summary>Attaches the claim to the words selected in the text.</summary>
    Task<bool> ReattachAsync(ClaimView claim);
}

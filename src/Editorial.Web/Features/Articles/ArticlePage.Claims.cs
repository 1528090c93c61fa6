using Editorial.Web.Features.People;
using Editorial.Domain.Annotations;
using Editorial.Domain.Claims;
using Editorial.Domain.Workflow;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Claims;
using Editorial.Web.Features.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// The article page's claims: "Flag claim" on a selection and on a check-worthy sentence, and which
/// claim is selected. What a claim card asks for is carried out by <see cref="ReviewActions"/>.
/// </summary>
public partial class ArticlePage
{
    private ClaimsView? _claims;
    private ClaimCandidates _candidates = new(0, []);
    private bool _showCandidates;
    private Guid? _selectedClaim;
    private int _sideTab;
    private IReadOnlyList<PersonView> _factCheckers = [];

    [Inject]
    private ClaimService ClaimsService { get; set; } = default!;

    private IEnumerable<TextHighlight> ClaimHighlights =>
        (_claims?.Claims.Where(c => c.Anchor.RevisionNumber == _article?.RevisionNumber && !c.IsOrphaned && c.DismissedReason is null)
            .Select(c => new TextHighlight(c.Id, c.Anchor.Position.Start, c.Anchor.Position.End, HighlightKind.Claim)) ?? [])
        .Concat(_showCandidates && _candidates.RevisionNumber == _article?.RevisionNumber
            ? _candidates.Candidates.Select((c, i) => new TextHighlight(new Guid(i, 0, 0, new byte[8]), c.Start, c.End, HighlightKind.Candidate))
            : []);

    private async Task<(ClaimsView, ClaimCandidates)> LoadClaimsAsync(System.Security.Claims.ClaimsPrincipal user, long? sharedAt)
    {
        var claims = await ClaimsService.ListAsync(user, Id, sharedAt);
        if (claims.CanFlag && _factCheckers.Count == 0)
        {
            _factCheckers = await Workflow.AssignableAsync(user, Editorial.Domain.Users.Roles.FactChecker);
        }

        return (claims, _showCandidates ? await ClaimsService.CandidatesAsync(user, Id) : new ClaimCandidates(0, []));
    }

    private async Task ToggleCandidatesAsync(bool show)
    {
        _showCandidates = show;
        _candidates = show ? await ClaimsService.CandidatesAsync((await AuthenticationState).User, Id) : new(0, []);
    }

    /// <summary>Ctrl+Alt+F with words selected.</summary>
    [JSInvokable]
    public Task OnFlagShortcut() => InvokeAsync(async () =>
    {
        if (_claims?.CanFlag == true)
        {
            await FlagSelectionAsync();
        }
    });

    private async Task FlagSelectionAsync()
    {
        if (_selection is not { } selection)
        {
            return;
        }

        await FlagAsync(selection.RevisionNumber, selection.Start, selection.End, selection.Text.Trim());
        _selection = null;
    }

    private Task FlagCandidateAsync(ClaimCandidate candidate) =>
        FlagAsync(_candidates.RevisionNumber, candidate.Start, candidate.End, candidate.Sentence);

    // The revision is the one the words were picked in: if the text changed since, the server refuses.
    private async Task FlagAsync(int revision, int start, int end, string quote)
    {
        if (await AskAsync("Flag claim", new DialogParameters<FlagClaimDialog> { { d => d.Quote, quote } }) is not string claimant)
        {
            return;
        }

        _sideTab = 1;
        await CommentActionAsync(async user => _selectedClaim = await ClaimsService.FlagAsync(user, Id, revision, start, end, claimant), "Claim flagged.");
    }

    private async Task OpenClaimAsync(Guid claimId, bool focus = false)
    {
        _selectedClaim = claimId;
        StateHasChanged();
        if (_selectionScript is not null)
        {
            await _selectionScript.InvokeVoidAsync("scrollToCard", $"claim-{claimId}", focus);
        }
    }

    // A link in "what blocks approval": the first open claim or comment thread, opened, in view and focused.
    private async Task ShowBlockerAsync(string gate)
    {
        _phonePanel = "notes";
        if (gate == GateNames.AllClaimsResolved && _claims?.Claims.FirstOrDefault(c => !c.IsResolved) is { } claim)
        {
            _sideTab = 1;
            await OpenClaimAsync(claim.Id, focus: true);
        }
        else if (gate == GateNames.NoOpenComments && _comments?.Threads.FirstOrDefault(t => t.Status == ThreadStatus.Open) is { } thread)
        {
            _sideTab = 0;
            _commentFilter = CommentFilter.Open;
            await OpenThreadAsync(thread.Id, focus: true);
        }
    }

    private async Task SelectClaimAsync(ClaimView claim)
    {
        if (_selectedClaim == claim.Id)
        {
            return;
        }

        _selectedClaim = claim.Id;
        if (_selectionScript is not null && _view?.BodyElement is { } body && !claim.IsOrphaned)
        {
            await _selectionScript.InvokeVoidAsync("scrollToClaim", body, claim.Id.ToString());
        }
    }
}

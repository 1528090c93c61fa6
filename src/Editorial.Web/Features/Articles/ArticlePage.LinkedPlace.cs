using Editorial.Domain.Notifications;
using Editorial.Infrastructure.Outbox;
using Editorial.Web.Features.Notifications;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// The article page opened at an exact place: a link from a notification or an e-mail
/// (<see cref="NotificationLinks"/>) names a comment thread or a claim, which is opened in the margin,
/// scrolled into view and focused once the page has read them.
/// </summary>
public partial class ArticlePage
{
    // Asked for by the link and not shown yet.
    private NotificationPlace? _placeToShow;

    /// <summary>The comment thread to open (<c>?thread=</c>).</summary>
    [SupplyParameterFromQuery(Name = ArticlePaths.ThreadQuery)]
    public Guid? ThreadToShow { get; set; }

    /// <summary>The claim to open (<c>?claim=</c>).</summary>
    [SupplyParameterFromQuery(Name = ArticlePaths.ClaimQuery)]
    public Guid? ClaimToShow { get; set; }

    private void TakeLinkedPlace() =>
        _placeToShow = ThreadToShow is null && ClaimToShow is null ? null : new NotificationPlace(ThreadToShow, ClaimToShow);

    // Called after each render: does its work once, when the margin's cards and their script are there.
    private async Task ShowLinkedPlaceAsync()
    {
        if (_placeToShow is not { } place || _selectionScript is null || _comments is null || _claims is null)
        {
            return;
        }

        _placeToShow = null;
        _phonePanel = "notes";
        if (place.ThreadId is { } threadId)
        {
            _sideTab = 0;
            if (_comments.Threads.Any(t => t.Id == threadId))
            {
                await OpenThreadAsync(threadId, focus: true);
                return;
            }

            Snackbar.Add("The comment you were sent to is no longer here: it was deleted.", Severity.Info);
        }
        else if (place.ClaimId is { } claimId)
        {
            _sideTab = 1;
            if (_claims.Claims.Any(c => c.Id == claimId))
            {
                await OpenClaimAsync(claimId, focus: true);
                return;
            }

            Snackbar.Add("The claim you were sent to is no longer here.", Severity.Info);
        }

        StateHasChanged();
    }
}

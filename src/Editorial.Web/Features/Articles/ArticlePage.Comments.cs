using System.Security.Claims;
using Editorial.Domain.Annotations;
using Editorial.Domain.Claims;
using Editorial.Web.Features.Claims;
using Editorial.Web.Components.Shared;
using Editorial.Web.Features.Annotations;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// The article page's comments: a selection in the text (reported by <c>js/selection.js</c>) shows
/// a toolbar; the side panel lists threads, and what their cards ask for (replies, edits, resolving,
/// re-attaching) is carried out by <see cref="ReviewActions"/>. Other viewers see changes live, as the
/// service announces each one and the page re-reads on every announcement.
/// </summary>
public partial class ArticlePage
{
    private CommentThreads? _comments;
    private CommentFilter _commentFilter = CommentFilter.Open;
    private Guid? _selectedThread;
    private TextSelection? _selection;
    private UnsentComment? _unsent;
    private ArticleView? _view;
    private IJSObjectReference? _selectionScript;
    private Task<IJSObjectReference>? _selectionWatch;
    private DotNetObjectReference<ArticlePage>? _self;

    [Inject]
    private AnnotationService Annotations { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    // What the comment and claim cards ask for, carried out with this page's busy flag, snackbar and
    // reload — for the article shown now (the page is reused when another article is opened).
    private ReviewActions Actions => new(Id, Annotations, ClaimsService, Dialogs, () => _selection, CommentActionAsync);

    private IReadOnlyList<TextHighlight> Highlights => [.. CommentHighlights, .. ClaimHighlights, .. _liveEdits.Marks];

    // Only anchors made for the revision on screen are painted: offsets of another revision would
    // mark other words (the next reload brings them up to date).
    private IEnumerable<TextHighlight> CommentHighlights => _comments?.Threads
        .Where(t => t.Anchor.RevisionNumber == _article?.RevisionNumber)
        .Where(t => !t.IsOrphaned && (t.Status == ThreadStatus.Open || t.Id == _selectedThread))
        .Select(t => new TextHighlight(t.Id, t.Anchor.Position.Start, t.Anchor.Position.End)) ?? [];

    /// <summary>Called by the script when words are selected in the body.</summary>
    [JSInvokable]
    public Task OnSelection(int start, int end, int revisionNumber, string text, double left, double bottom) => InvokeAsync(() =>
    {
        _selection = new TextSelection(start, end, revisionNumber, text, left, bottom);
        StateHasChanged();
    });

    /// <summary>Called by the script when the selection is gone.</summary>
    [JSInvokable]
    public Task OnSelectionCleared() => InvokeAsync(() =>
    {
        _selection = null;
        StateHasChanged();
    });

    /// <summary>Ctrl+Alt+M with words selected.</summary>
    [JSInvokable]
    public Task OnCommentShortcut() => InvokeAsync(CommentOnSelectionAsync);

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Set before the first await: a render while the script loads must not start a second watch.
        if (_selectionWatch is null && _view?.BodyElement is { } body)
        {
            _self ??= DotNetObjectReference.Create(this);
            _selectionWatch = WatchSelectionAsync(body);
            await _selectionWatch;
        }

        await ShowLinkedPlaceAsync();
    }

    private async Task<IJSObjectReference> WatchSelectionAsync(ElementReference body)
    {
        _selectionScript = await JS.InvokeAsync<IJSObjectReference>("import", "./js/selection.js");
        return await _selectionScript.InvokeAsync<IJSObjectReference>("watch", body, _self, _side);
    }

    private async Task StopWatchingSelectionAsync()
    {
        try
        {
            if (_selectionWatch is not null)
            {
                var watch = await _selectionWatch;
                await watch.InvokeVoidAsync("dispose");
                await watch.DisposeAsync();
            }

            if (_selectionScript is not null)
            {
                await _selectionScript.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; so are its listeners.
        }

        _self?.Dispose();
    }

    // The selection toolbar is hidden while a dialog asks about the selected words (it would float over it).
    private async Task<object?> AskAsync<TDialog>(string title, DialogParameters<TDialog> parameters) where TDialog : IComponent
    {
        _asking = true;
        try
        {
            var dialog = await Dialogs.ShowAsync<TDialog>(title, parameters);
            return await dialog.Result is { Canceled: false } result ? result.Data : null;
        }
        finally
        {
            _asking = false;
        }
    }

    private async Task CommentOnSelectionAsync()
    {
        if (_selection is not { } selection)
        {
            return;
        }

        // A comment that could not be sent on these very words is offered again, with its id: if the
        // first try was stored after all (its answer lost to a dropped connection), it is not added twice.
        var unsent = _unsent is { } u && u.IsOn(selection) ? u : null;
        var parameters = new DialogParameters<CommentDialog> { { d => d.Quote, selection.Text.Trim() }, { d => d.Text, unsent?.Text } };
        if (await AskAsync<CommentDialog>("Comment", parameters) is not string text)
        {
            return;
        }

        var id = unsent is not null && unsent.Text == text ? unsent.Id : Guid.CreateVersion7();
        var sent = await CommentActionAsync(async user =>
        {
            _selectedThread = await Annotations.StartAsync(user, Id, selection.RevisionNumber, selection.Start, selection.End, text, id);
            _commentFilter = CommentFilter.Open;
        }, "Comment added.");
        _unsent = sent ? null : new UnsentComment(selection, text, id);
        _selection = null;
    }

    private async Task OpenHighlightAsync(TextHighlight highlight)
    {
        // On a phone the card is on the other panel.
        _phonePanel = "notes";
        switch (highlight.Kind)
        {
            case HighlightKind.Comment:
                _sideTab = 0;
                await OpenThreadAsync(highlight.Id);
                break;
            case HighlightKind.Claim:
                _sideTab = 1;
                await OpenClaimAsync(highlight.Id);
                break;
            case HighlightKind.Candidate:
                _sideTab = 1;
                break;
            default:
                // Words a live edit changed: nothing to open, and the text stays in view.
                _phonePanel = "text";
                break;
        }
    }

    private async Task OpenThreadAsync(Guid threadId, bool focus = false)
    {
        _selectedThread = threadId;
        var thread = _comments?.Threads.FirstOrDefault(t => t.Id == threadId);
        if (thread is not null && !_commentFilter.Shows(thread, _myUserId))
        {
            _commentFilter = CommentFilter.All;
        }

        StateHasChanged();
        if (_selectionScript is not null)
        {
            await _selectionScript.InvokeVoidAsync("scrollToCard", threadId.ToString(), focus);
        }
    }

    private async Task SelectThreadAsync(CommentThread thread)
    {
        if (_selectedThread == thread.Id)
        {
            return;
        }

        _selectedThread = thread.Id;
        if (_selectionScript is not null && _view?.BodyElement is { } body && !thread.IsOrphaned)
        {
            await _selectionScript.InvokeVoidAsync("scrollToThread", body, thread.Id.ToString());
        }
    }

    // Carries out a comment or claim action with the busy flag and a snackbar for the outcome; tells the
    // part that asked whether it succeeded, so that it keeps what was typed if not. What succeeded is read
    // back by its own live event; after a refusal the page reads the article as it is now.
    private async Task<bool> CommentActionAsync(Func<ClaimsPrincipal, Task> action, string done)
    {
        _busy = true;
        // Drawn at once: after a dialog this runs past the event's first render, and buttons that look
        // ready while the page is busy ignore a click without a sign.
        StateHasChanged();
        var user = (await AuthenticationState).User;
        var succeeded = await Snackbar.TryAsync(() => action(user));
        _busy = false;
        if (succeeded)
        {
            Snackbar.Add(done, Severity.Success);
        }
        else
        {
            await ReloadAsync();
        }

        return succeeded;
    }
}

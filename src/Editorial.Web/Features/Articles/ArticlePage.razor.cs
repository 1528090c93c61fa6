using Editorial.Domain.Audit;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Events;
using Editorial.Web.Components.Shared;
using Editorial.Web.Features.Workflow;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// The article page: text with its comments, workflow and timeline. It carries out what the user asks from the
/// workflow panel (after a confirmation dialog) and, whenever anyone changes the article, re-reads the
/// parts that change made stale (<see cref="ArticlePartsOf"/>), so every open browser shows the same state.
/// </summary>
public partial class ArticlePage
{
    private ArticleDetails? _article;
    private (Guid ArticleId, int Revision, IReadOnlyList<Editorial.Domain.Text.Rich.ArticleLink> All) _links = (Guid.Empty, 0, []);
    private WorkflowView? _workflow;
    private IReadOnlyList<TimelineEntry> _timeline = [];
    private ChainVerification? _verification;
    private bool _missing;
    private bool _busy;
    private bool _asking;
    // The margin beside the text, whose cards are kept level with their words.
    private ElementReference _side;
    // On a phone, the part of the review shown: "text", "notes" (comments and claims) or "workflow".
    private string _phonePanel = "text";

    // Open threads on a text its stage has closed (approved): nobody is asked to act on them otherwise.
    private int OpenThreadsOnFinishedText => _workflow?.Stages.FirstOrDefault(s => s.IsCurrent)?.TextReadOnly == true
        ? _comments?.Threads.Count(t => t.Status == Editorial.Domain.Annotations.ThreadStatus.Open) ?? 0
        : 0;

    private string LiveEditSummary => (_liveEdits.Count, _liveEdits.Deletions) switch
    {
        (1, 1) => "a passage was deleted.",
        (1, _) => "the changed words are marked.",
        (var n, 0) => $"{n} places changed; the new words are marked.",
        (var n, var d) => $"{n} places changed ({d} only deleted); the new words are marked.",
    };

    private static readonly (string Panel, string Label)[] PhonePanels = [("text", "Text"), ("notes", "Comments & claims"), ("workflow", "Workflow")];
    private IDisposable? _subscription;
    private string _myUserId = string.Empty;
    private ArticleParts _stale;
    private bool _refreshing;
    // Whether a part made stale must be read for this page alone: it was not prompted by an ordered change
    // (the first read, a reconnect, a resync, a refusal), so no log head says what it must include.
    private bool _readAlone;
    private SeenChanges _seen = new();
    private readonly LiveEdits _liveEdits = new();

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ArticleService Articles { get; set; } = default!;

    [Inject]
    private WorkflowService Workflow { get; set; } = default!;

    [Inject]
    private IArticleEvents Events { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private LiveConnection Connection { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _subscription?.Dispose();
        TakeLinkedPlace();
        // Another article (the page is reused when the link is followed): its log starts afresh.
        _seen = new SeenChanges();
        if (RendererInfo.IsInteractive)
        {
            var user = (await AuthenticationState).User;
            _myUserId = user.RequireUserId();
            // Listening before the first read: a change made while it runs is heard, not lost.
            // Who is here is the presence bar's part: its changes do not render this page.
            _subscription = Events.Subscribe(Id, change => change.Kind == ArticleChanged.Presence ? Task.CompletedTask : InvokeAsync(async () =>
            {
                if (change.ArticleId != Id)
                {
                    // Heard for the article this page showed before; its subscription has just ended.
                    return;
                }

                // Only what the change made stale is read again, once, and rendered when read: this page's
                // own action is not read again after it, and a missed change reads everything.
                await RefreshAsync(_seen.PartsToRead(change), shareable: change.Log is not null);
            }));
            Connection.Reconnected -= ReloadOnReconnectAsync;
            Connection.Reconnected += ReloadOnReconnectAsync;
        }

        await ReloadAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Connection.Reconnected -= ReloadOnReconnectAsync;
        _subscription?.Dispose();
        await StopWatchingSelectionAsync();
    }

    // Everything, e.g. after an action of this page was refused (it changed nothing, but the user should see
    // the article as it is now). An action that succeeded is read back by its own live event.
    private Task ReloadAsync() => RefreshAsync(ArticleParts.All);

    private Task ReloadOnReconnectAsync() => InvokeAsync(ReloadAsync);

    // Re-reads the stale parts, once: parts made stale while a read runs are read right after it,
    // together, so a burst of changes costs one read per part and reads never interleave.
    // A change every open page hears of is read once for all of them (shareable: the parts that do not
    // depend on the reader are shared for the log head this page has now seen, SharedArticleReads).
    private async Task RefreshAsync(ArticleParts parts, bool shareable = false)
    {
        _stale |= parts;
        _readAlone |= parts != ArticleParts.None && !shareable;
        if (_refreshing || _stale == ArticleParts.None)
        {
            return;
        }

        _refreshing = true;
        try
        {
            while (_stale != ArticleParts.None)
            {
                var (stale, sharedAt) = (_stale, _readAlone ? (long?)null : _seen.Seen);
                (_stale, _readAlone) = (ArticleParts.None, false);
                await ReadAsync(stale, sharedAt);
                StateHasChanged();
            }
        }
        finally
        {
            _refreshing = false;
        }
    }

    // sharedAt: the log head every part read must include, when known (see RefreshAsync); null reads alone.
    private async Task ReadAsync(ArticleParts parts, long? sharedAt)
    {
        var user = (await AuthenticationState).User;
        try
        {
            // Read first, then show in one step: a render in between (a presence change) must never
            // pair a new text with comments anchored to the old one.
            var article = parts.HasFlag(ArticleParts.Text) || _article is null ? await Articles.GetAsync(user, Id, sharedAt) : _article;
            if (parts == ArticleParts.All && sharedAt is null)
            {
                // Read alone, the text comes first, with where the log ended: every change up to there is in
                // what follows. (Shared parts may have been read in another order; they include sharedAt.)
                _seen.ReadingAllFrom(article.LogHead);
            }

            // The other parts at once, each on a connection of its own: a change reaching many open pages waits
            // for the slowest part, not for their sum.
            var workflowRead = parts.HasFlag(ArticleParts.Workflow) || _workflow is null ? Workflow.GetAsync(user, Id, sharedAt) : Task.FromResult(_workflow);
            var timelineRead = parts.HasFlag(ArticleParts.Timeline) ? Workflow.TimelineAsync(user, Id, sharedAt) : Task.FromResult(_timeline);
            var commentsRead = parts.HasFlag(ArticleParts.Comments) || _comments is null ? Annotations.ListAsync(user, Id, sharedAt) : Task.FromResult(_comments);
            var claimsRead = parts.HasFlag(ArticleParts.Claims) || _claims is null ? LoadClaimsAsync(user, sharedAt) : Task.FromResult((_claims, _candidates));
            var suggestionsRead = parts.HasFlag(ArticleParts.Suggestions) || _suggestions is null ? LoadSuggestionsAsync(user) : Task.FromResult(_suggestions);
            await Task.WhenAll(workflowRead, timelineRead, commentsRead, claimsRead, suggestionsRead);
            var (workflow, timeline, comments, (claims, candidates)) = (await workflowRead, await timelineRead, await commentsRead, await claimsRead);
            var suggestions = await suggestionsRead;
            if ((parts != ArticleParts.All || sharedAt is not null)
                && (comments.RevisionNumber != article.RevisionNumber || claims.RevisionNumber != article.RevisionNumber
                    || suggestions.RevisionNumber != article.RevisionNumber))
            {
                // The text moved on while the parts were read: read them all, alone, against one revision.
                (_stale, _readAlone) = (ArticleParts.All, true);
                return;
            }

            (_article, _workflow, _timeline, _comments, _claims, _candidates) = (article, workflow, timeline, comments, claims, candidates);
            _suggestions = suggestions;
            if (_links.Revision != article.RevisionNumber || _links.ArticleId != article.Id)
            {
                // Read from the text once per revision (plain text has no links).
                _links = (article.Id, article.RevisionNumber,
                    article.Format == Editorial.Domain.Text.BodyFormat.PlainText ? [] : article.ReadDocument().Links());
            }

            _liveEdits.Showing(article);
            _verification = parts.HasFlag(ArticleParts.Timeline) ? null : _verification;
            _missing = false;
        }
        catch (NotFoundException)
        {
            _missing = true;
        }
    }

    private async Task ActAsync(WorkflowAction action)
    {
        var seenRevision = _workflow!.RevisionNumber;
        var text = await ConfirmAsync(action, seenRevision);
        if (text is null)
        {
            return;
        }

        _busy = true;
        // Drawn at once, as in CommentActionAsync: the confirmation dialog came first.
        StateHasChanged();
        var user = (await AuthenticationState).User;
        var done = await Snackbar.TryAsync(async () =>
        {
            if (action.Decision is { } decision)
            {
                await Workflow.SignOffAsync(user, Id, action.Transition.Name, action.Role!, decision, text, seenRevision);
            }
            else
            {
                await Workflow.PerformAsync(user, Id, action.Transition.Name, text);
            }
        });
        _busy = false;
        if (done)
        {
            Snackbar.Add(Confirmation(action), Severity.Success);
        }
        else
        {
            // After a refusal (a conflict or a change of text) the user sees the article as it is now.
            await ReloadAsync();
        }
    }

    private async Task<string?> ConfirmAsync(WorkflowAction action, int seenRevision)
    {
        var parameters = new DialogParameters<ConfirmActionDialog>();
        if (action.Decision is { } decision)
        {
            var approve = decision == SignOffDecision.Approve;
            parameters.Add(d => d.Message, approve
                ? $"You sign off revision {seenRevision} as {action.Role}. Your sign-off holds for exactly this text: any later change invalidates it."
                : $"You ask for changes to revision {seenRevision} as {action.Role}. '{action.Transition.Label}' stays blocked until you sign off or the text changes.");
            parameters.Add(d => d.ConfirmText, approve ? $"Sign off as {action.Role}" : "Request changes");
            parameters.Add(d => d.TextLabel, approve ? "Comment (optional)" : "What needs to change");
            parameters.Add(d => d.TextRequired, !approve);
        }
        else
        {
            parameters.Add(d => d.Message, $"{action.Transition.Label}: the article moves to {StageLabel(action.Transition.To)}.");
            parameters.Add(d => d.ConfirmText, action.Transition.Label);
            parameters.Add(d => d.TextLabel, action.Transition.ReasonRequired ? "Reason" : "Note (optional)");
            parameters.Add(d => d.TextRequired, action.Transition.ReasonRequired);
        }

        var dialog = await Dialogs.ShowAsync<ConfirmActionDialog>(action.Transition.Label, parameters);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string text } ? text : null;
    }

    private string StageLabel(string stage) => _workflow!.Stages.FirstOrDefault(s => s.Name == stage)?.Label ?? stage;

    private static string Confirmation(WorkflowAction action) => action.Decision switch
    {
        SignOffDecision.Approve => $"Signed off as {action.Role}.",
        SignOffDecision.RequestChanges => "Changes requested.",
        _ => $"Done: {action.Transition.Label}.",
    };

    private async Task EmbargoAsync()
    {
        var user = (await AuthenticationState).User;
        var parameters = new DialogParameters<EmbargoDialog> { { d => d.Current, _workflow!.Assignment.EmbargoedUntil } };
        var dialog = await Dialogs.ShowAsync<EmbargoDialog>("Embargo", parameters);
        if (await dialog.Result is not { Canceled: false, Data: EmbargoChoice choice })
        {
            return;
        }

        if (await Snackbar.TryAsync(() => Workflow.SetEmbargoAsync(user, Id, choice.PublishAt)))
        {
            Snackbar.Add(choice.PublishAt is null ? "Embargo lifted." : "Embargo set.", Severity.Success);
        }
        else
        {
            await ReloadAsync();
        }
    }

    private async Task AssignAsync()
    {
        var user = (await AuthenticationState).User;
        var parameters = new DialogParameters<AssignDialog>
        {
            { d => d.Current, _workflow!.Assignment },
            { d => d.FactCheckers, await Workflow.AssignableAsync(user, Editorial.Domain.Users.Roles.FactChecker) },
            { d => d.Managers, await Workflow.AssignableAsync(user, Editorial.Domain.Users.Roles.Manager) },
        };
        var dialog = await Dialogs.ShowAsync<AssignDialog>("Assign", parameters);
        if (await dialog.Result is not { Canceled: false, Data: AssignmentChoice choice })
        {
            return;
        }

        if (await Snackbar.TryAsync(() => Workflow.AssignAsync(user, Id, choice.FactCheckerId, choice.ManagerId, choice.DueAt)))
        {
            Snackbar.Add("Assignment saved.", Severity.Success);
        }
        else
        {
            await ReloadAsync();
        }
    }

    private async Task VerifyAsync() =>
        _verification = await Workflow.VerifyAsync((await AuthenticationState).User, Id);
}

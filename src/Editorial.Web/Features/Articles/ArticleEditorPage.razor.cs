using Editorial.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Editorial.Infrastructure.Persistence;
using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// New article and Edit. Nothing typed is lost: the text is autosaved to the server every few
/// seconds and when the page closes, and offered back when the editor reopens; a save on a stale
/// revision is merged three-way, and overlapping edits are put to the user.
/// </summary>
public partial class ArticleEditorPage
{
    private static readonly TimeSpan AutosaveEvery = TimeSpan.FromSeconds(4);

    private readonly CancellationTokenSource _stop = new();
    private MudForm? _form;
    private RichTextEditor? _editor;
    private string? _title;
    private string? _body;
    private string? _summary;
    private int _baseRevision;
    private bool _saving;
    private bool _conflict;
    private string? _loadError;
    private string? _saveError;
    private MergeConflictException? _merge;
    private DraftView? _draftOffer;
    private (string?, string?) _loaded;
    private readonly DraftAutosave _autosave = new();
    private IDisposable? _presence;
    private IDisposable? _keptOnStop;

    [Parameter]
    public Guid? Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ArticleService Articles { get; set; } = default!;

    [Inject]
    private EditorDraftService Drafts { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private Editorial.Infrastructure.Events.PresenceTracker Presence { get; set; } = default!;

    [Inject]
    private LiveConnection Connection { get; set; } = default!;

    [Inject]
    private Editorial.Web.Hosting.UnsavedWork UnsavedWork { get; set; } = default!;

    private bool IsNew => Id is null;

    private bool IsDirty => (_title, _body) != _loaded && !_autosave.IsClosed;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (!IsNew)
        {
            await ReloadAsync();
        }

        if (_loadError is null && RendererInfo.IsInteractive)
        {
            var user = (await AuthenticationState).User;
            if (Id is { } articleId && _presence is null)
            {
                // Readers of the article see that someone is editing it.
                _presence = new ConnectedPresence(Presence, Connection, articleId, new Editorial.Infrastructure.Events.Presence(
                    user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value, People.PersonNames.Of(user), IsEditing: true));
            }

            var draft = await Drafts.GetAsync(user, Id);
            _draftOffer = draft is not null && (draft.Title, draft.Body) != _loaded ? draft : null;
        }
    }

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _ = AutosaveLoopAsync(_stop.Token);
            // A stopping instance keeps the text typed since the last autosave (a rolling restart).
            _keptOnStop = UnsavedWork.Register(() => InvokeAsync(AutosaveAsync));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _presence?.Dispose();
        _keptOnStop?.Dispose();
        // Leaving the page (or the connection closing) keeps what was typed.
        await AutosaveAsync();
        _stop.Dispose();
    }

    private async Task AutosaveLoopAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(AutosaveEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await InvokeAsync(async () =>
                {
                    await AutosaveAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
    }

    private Task AutosaveAsync()
    {
        if (!IsDirty || _loadError is not null)
        {
            return Task.CompletedTask;
        }

        var (title, body, baseRevision) = (_title, _body, _baseRevision);
        return _autosave.KeepAsync((title, body),
            () => Snackbar.TryAsync(async () => await Drafts.SaveAsync((await AuthenticationState).User, Id, baseRevision, title, body, BodyFormat.Markdown)),
            Clock);
    }

    // Once the article is saved its draft goes, and an autosave still on its way cannot bring it back.
    private Task DiscardDraftAfterSaveAsync(System.Security.Claims.ClaimsPrincipal user, Guid? articleId) =>
        _autosave.CloseAsync(() => Drafts.DiscardAsync(user, articleId));

    private void RestoreDraft()
    {
        var draft = _draftOffer!;
        // A draft kept before the rich editor is plain text: shown as its paragraphs.
        (_title, _body) = (draft.Title, draft.Format == BodyFormat.Markdown ? draft.Body : RichDocument.FromPlainText(draft.Body).ToMarkdown());
        if (!IsNew)
        {
            // Saved on the revision it was written on, so that anything saved since is merged, not overwritten.
            _baseRevision = draft.BaseRevisionNumber;
        }

        _draftOffer = null;
    }

    private async Task DiscardDraftAsync()
    {
        await Drafts.DiscardAsync((await AuthenticationState).User, Id);
        _draftOffer = null;
    }

    private async Task ReloadAsync()
    {
        try
        {
            var article = await Articles.GetAsync((await AuthenticationState).User, Id!.Value);
            if (!article.CanEdit)
            {
                _loadError = article.EditRefusal ?? "You may not edit this article.";
                return;
            }

            (_title, _body, _baseRevision) = (article.Title, article.EditableMarkdown(), article.RevisionNumber);
            _loaded = (_title, _body);
            _saveError = null;
            _conflict = false;
        }
        catch (Exception e) when (UserFacingError.From(e) is { } error)
        {
            _loadError = error.Message;
        }
    }

    // The user chose a side for every conflict: save the result on the revision saved meanwhile.
    private async Task SaveResolvedAsync((string Title, string Body) resolved)
    {
        if (_merge!.Title is not null)
        {
            _title = resolved.Title;
        }

        _body = resolved.Body;
        _baseRevision = _merge.CurrentRevisionNumber;
        _merge = null;
        _saveError = null;
        await SaveAsync();
    }

    private async Task SaveAsync()
    {
        if (_editor is not null)
        {
            // What was typed in the last instant, before the editor reported it.
            _body = await _editor.ReadAsync();
        }

        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        _saving = true;
        try
        {
            var user = (await AuthenticationState).User;
            var draft = new ArticleDraft(_title, _body, _summary, BodyFormat.Markdown);
            if (IsNew)
            {
                var created = await Articles.CreateAsync(user, draft);
                await DiscardDraftAfterSaveAsync(user, null);
                Snackbar.Add("Article created.", Severity.Success);
                Navigation.NavigateTo($"/articles/{created.Id}");
            }
            else
            {
                var basedOn = _baseRevision;
                var (saved, changed) = await Articles.SaveAsync(user, Id!.Value, _baseRevision, draft);
                await DiscardDraftAfterSaveAsync(user, Id);
                var merged = changed && saved.RevisionNumber > basedOn + 1;
                Snackbar.Add(!changed ? "No changes to save."
                        : merged ? $"Merged with the changes saved meanwhile; saved as revision {saved.RevisionNumber}."
                        : $"Saved as revision {saved.RevisionNumber}.",
                    changed ? Severity.Success : Severity.Info);
                Navigation.NavigateTo($"/articles/{saved.Id}");
            }
        }
        catch (MergeConflictException e)
        {
            // What the user typed stays in the form; the panel asks which wording to keep.
            _merge = e;
            _saveError = e.Message;
        }
        catch (Exception e) when (UserFacingError.From(e) is { } error)
        {
            // What the user typed stays in the form.
            _saveError = error.Message;
            _conflict = e is ConcurrencyConflictException;
        }
        finally
        {
            _saving = false;
        }
    }
}

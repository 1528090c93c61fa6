using Editorial.Web.Features.Articles;

namespace Editorial.Web.Tests.Features.Articles;

public class DraftAutosaveTests
{
    private static readonly (string?, string?) Typed = ("Headline", "What the editor typed.");

    [Fact]
    public async Task AnAutosaveOnItsWay_WhenTheArticleIsSaved_LandsBeforeTheDraftIsDiscarded()
    {
        var autosave = new DraftAutosave();
        var landing = new TaskCompletionSource<bool>();
        var order = new List<string>();
        var keeping = autosave.KeepAsync(Typed, async () =>
        {
            var kept = await landing.Task;
            order.Add("kept");
            return kept;
        }, TimeProvider.System);

        var closing = autosave.CloseAsync(() =>
        {
            order.Add("discarded");
            return Task.CompletedTask;
        });
        Assert.False(closing.IsCompleted);
        landing.SetResult(true);
        await Task.WhenAll(keeping, closing);

        Assert.Equal(["kept", "discarded"], order);
    }

    [Fact]
    public async Task AfterTheArticleIsSaved_NothingIsAutosaved()
    {
        var autosave = new DraftAutosave();
        await autosave.CloseAsync(() => Task.CompletedTask);
        var asked = false;

        await autosave.KeepAsync(Typed, () => { asked = true; return Task.FromResult(true); }, TimeProvider.System);

        Assert.False(asked);
        Assert.Null(autosave.KeptAt);
    }

    [Fact]
    public async Task TheSameText_IsKeptOnce_AndAFailedKeep_IsTriedAgain()
    {
        var autosave = new DraftAutosave();
        var attempts = 0;
        Task<bool> Keep(bool works) { attempts++; return Task.FromResult(works); }

        await autosave.KeepAsync(Typed, () => Keep(false), TimeProvider.System);
        Assert.False(autosave.IsKept(Typed));
        await autosave.KeepAsync(Typed, () => Keep(true), TimeProvider.System);
        await autosave.KeepAsync(Typed, () => Keep(true), TimeProvider.System);

        Assert.Equal(2, attempts);
        Assert.True(autosave.IsKept(Typed));
        Assert.NotNull(autosave.KeptAt);
    }
}

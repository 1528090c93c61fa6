using Editorial.Infrastructure.Events;
using Editorial.Testing;
using Editorial.Web.Features.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Persistence;

/// <summary>
/// Two app instances on one PostgreSQL database: a change made on one reaches the pages open on the
/// other, through LISTEN/NOTIFY.
/// </summary>
public sealed class EventRelayTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    // Generous: this waits for delivery, it does not measure it.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ASaveOnOneInstance_IsAnnouncedOnTheOther_AndSoAreNotifications()
    {
        await using var first = EditorialAppFactory.OnPostgres(database);
        await using var second = EditorialAppFactory.OnPostgres(database);
        _ = first.Server;
        _ = second.Server;
        var editor = await first.PrincipalOfAsync(DemoUsers.Editor);
        ArticleDetails article;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            article = await scope.ServiceProvider.GetRequiredService<ArticleService>().CreateAsync(editor, new ArticleDraft("Relayed", "One two."));
        }

        var heard = new TaskCompletionSource<ArticleChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The creation itself may still be on its way; wait for a save.
        using var subscription = second.Services.GetRequiredService<IArticleEvents>().Subscribe(article.Id, change =>
        {
            if (change.Kind == "Text")
            {
                heard.TrySetResult(change);
            }

            return Task.CompletedTask;
        });
        var notified = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var userSubscription = second.Services.GetRequiredService<IUserEvents>().Subscribe("someone", () =>
        {
            notified.TrySetResult();
            return Task.CompletedTask;
        });

        // The listener may still be connecting: keep saving until the other instance hears one.
        var text = "One two.";
        for (var revision = 1; !heard.Task.IsCompleted && revision < 20; revision++)
        {
            text += " More.";
            await using (var scope = first.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ArticleService>().SaveAsync(editor, article.Id, revision, new ArticleDraft("Relayed", text));
            }

            await Task.WhenAny(heard.Task, Task.Delay(500));
        }

        first.Services.GetRequiredService<IUserEvents>().NotificationsChanged("someone");

        var change = await heard.Task.WaitAsync(Patience);
        Assert.Equal((article.Id, "Text"), (change.ArticleId, change.Kind));
        // The log entries the save added travel too, so a page on the other instance knows if it missed one.
        Assert.NotNull(change.Log);
        Assert.True(change.Log.Value.First > 1 && change.Log.Value.Last >= change.Log.Value.First, $"{change.Log}");
        await notified.Task.WaitAsync(Patience);
    }
}

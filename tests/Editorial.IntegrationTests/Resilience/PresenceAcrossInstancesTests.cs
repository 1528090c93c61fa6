using Editorial.Infrastructure.Events;
using Editorial.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Resilience;

/// <summary>"Also here" counts the pages open on every instance, not only this one. PostgreSQL only (one instance on SQLite).</summary>
public sealed class PresenceAcrossInstancesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 200 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }

        return condition();
    }

    [Fact]
    public async Task APageOpenOnOneInstance_IsSeenOnAnInstanceStartedLater_AndLeavesItWhenClosed()
    {
        var article = Guid.NewGuid();
        await using var first = EditorialAppFactory.OnPostgres(database);
        _ = first.Server;
        var erin = new Presence("erin", "Erin Editor", IsEditing: true);
        var open = first.Services.GetRequiredService<PresenceTracker>().Join(article, erin);

        // Started after the page opened: it asks who is here when it connects.
        await using var second = EditorialAppFactory.OnPostgres(database);
        _ = second.Server;
        var there = second.Services.GetRequiredService<PresenceTracker>();
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = second.Services.GetRequiredService<IArticleEvents>().Subscribe(article, change =>
        {
            if (change.Kind == "Presence")
            {
                heard.TrySetResult();
            }

            return Task.CompletedTask;
        });

        Assert.True(await EventuallyAsync(() => there.Of(article).Contains(erin)), "the other instance never saw the open page");
        var farid = second.Services.GetRequiredService<PresenceTracker>().Join(article, new Presence("farid", "Farid", IsEditing: false));
        Assert.True(await EventuallyAsync(() => first.Services.GetRequiredService<PresenceTracker>().Of(article).Count == 2));
        open.Dispose();

        Assert.True(await EventuallyAsync(() => !there.Of(article).Contains(erin)), "the closed page stayed");
        Assert.True(heard.Task.IsCompleted);
        Assert.Equal(["Farid"], there.Of(article).Select(p => p.Name));
        farid.Dispose();
    }
}

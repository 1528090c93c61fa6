using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Editorial.Testing;

/// <summary>
/// Base of tests that talk to a running app: starts it before the first test of the instance (so
/// migrations and seeding have run) and disposes it after, and calls its services in a scope the
/// way a request or a circuit would.
/// </summary>
public abstract class AppTest(EditorialAppFactory app) : IAsyncLifetime
{
    /// <summary>The app under test.</summary>
    protected EditorialAppFactory App { get; } = app;

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        _ = App.Server;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>Runs <paramref name="action"/> with a service of the app, in a fresh scope.</summary>
    protected async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Runs <paramref name="action"/> with a service of the app, in a fresh scope.</summary>
    protected async Task WithAsync<TService>(Func<TService, Task> action)
        where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}

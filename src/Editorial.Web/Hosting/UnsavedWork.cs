namespace Editorial.Web.Hosting;

/// <summary>
/// What open pages hold that is not stored yet (an editor's typed text between autosaves), kept when
/// the instance is told to stop: on SIGTERM (docker compose stop, a rolling restart) every registered
/// page keeps its work before the server stops, so a user whose live connection moves to another
/// instance is offered their text there. Pages register while they are open.
/// </summary>
public sealed class UnsavedWork(ILogger<UnsavedWork> logger) : IHostedLifecycleService
{
    private readonly Lock _lock = new();
    private readonly HashSet<Registration> _open = [];

    /// <summary>Registers <paramref name="keep"/>, called when the instance stops; dispose the result when the page closes.</summary>
    public IDisposable Register(Func<Task> keep)
    {
        var registration = new Registration(this, keep);
        lock (_lock)
        {
            _open.Add(registration);
        }

        return registration;
    }

    /// <summary>Keeps every open page's work; called before the server stops, within the shutdown time.</summary>
    public async Task KeepAllAsync(CancellationToken cancellationToken)
    {
        Registration[] open;
        lock (_lock)
        {
            open = [.. _open];
        }

        var kept = open.Select(async registration =>
        {
            try
            {
                await registration.Keep();
            }
            catch (Exception e)
            {
                // One page's failure must not keep the others from keeping theirs.
                logger.LogWarning(e, "An open page could not keep its unsaved work before the stop");
            }
        });
        await Task.WhenAll(kept).WaitAsync(cancellationToken);
        logger.LogInformation("Kept the unsaved work of {Count} open pages before stopping", open.Length);
    }

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => KeepAllAsync(cancellationToken);

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Remove(Registration registration)
    {
        lock (_lock)
        {
            _open.Remove(registration);
        }
    }

    private sealed class Registration(UnsavedWork owner, Func<Task> keep) : IDisposable
    {
        public Func<Task> Keep { get; } = keep;

        public void Dispose() => owner.Remove(this);
    }
}

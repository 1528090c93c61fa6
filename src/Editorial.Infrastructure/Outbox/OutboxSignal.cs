namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// Wakes this instance's <see cref="OutboxDispatcher"/> when a commit wrote messages, so they leave at
/// once instead of at the next poll (other instances find them at theirs).
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _poked = new(0, 1);

    /// <summary>Says there is something to send.</summary>
    public void Poke()
    {
        try
        {
            _poked.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already poked: one wake-up sends everything due.
        }
    }

    /// <summary>Waits for a poke or <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _poked.WaitAsync(timeout, cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Editorial.Infrastructure.Persistence;

/// <summary>
/// Retries what is safe to retry when the database was briefly unreachable (a restart, a failover, a
/// pooled connection the server dropped): reads, and saves EF Core wraps in their own transaction.
/// Inside a transaction the application began (an article's save path), nothing is retried here —
/// the save answers "not reachable, try again" and the caller's retry starts from fresh data — and,
/// unlike EF Core's retrying strategies, such a transaction is allowed.
/// </summary>
/// <param name="dependencies">EF Core's services for the strategy.</param>
public sealed class ReadRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(1.5))
{
    /// <summary>How many times an operation is retried (about four seconds in all before giving up).</summary>
    public const int MaxRetries = 3;

    private bool _insideApplicationTransaction;

    /// <inheritdoc />
    protected override void OnFirstExecution()
    {
        _insideApplicationTransaction = Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
        if (_insideApplicationTransaction)
        {
            // The base refuses to run inside a transaction it cannot retry; this strategy simply does not retry there.
            ExceptionsEncountered.Clear();
            return;
        }

        base.OnFirstExecution();
    }

    /// <inheritdoc />
    protected override bool ShouldRetryOn(Exception exception) => !_insideApplicationTransaction && DatabaseErrors.IsUnavailable(exception);
}

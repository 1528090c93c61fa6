using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Idempotency;

/// <summary>
/// The idempotent request the current scope (an API request) is running, if any. The save path marks
/// it committed inside the change's own transaction, so that "committed" and "changed" can never
/// disagree: a retry of a request whose answer was lost (a crash, a dropped connection after the
/// commit) is told its change was applied, and is not applied again.
/// </summary>
public sealed class IdempotencyScope
{
    /// <summary>The user and key of the running request; null outside one.</summary>
    public (string UserId, string Key)? Current { get; set; }

    /// <summary>Whether a change of the running request was committed.</summary>
    public bool Committed { get; private set; }

    /// <summary>Marks the running request committed, in <paramref name="db"/>'s current transaction.</summary>
    public async Task MarkCommittedAsync(EditorialDbContext db, CancellationToken cancellationToken)
    {
        if (Current is not { } request)
        {
            return;
        }

        await db.IdempotentRequests.Where(r => r.UserId == request.UserId && r.Key == request.Key)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Committed, true), cancellationToken);
        Committed = true;
    }
}

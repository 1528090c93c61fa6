using System.Security.Cryptography;
using System.Text;
using Editorial.Domain.Articles;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure.WorkQueues;

/// <summary>
/// Keeps the work queues' rows true to the articles: the sign-offs each article awaits (the domain's
/// <see cref="Article.AwaitedSignOffs"/>) and the number of articles per stage. The save pipeline
/// calls <see cref="FollowAsync"/> in the transaction of every article change; startup calls
/// <see cref="RebuildIfOutdatedAsync"/>, which builds them again when they were computed with another
/// workflow (or never). docs/architecture.md §10 says why they are rows and not a query.
/// </summary>
public static class WorkQueueRows
{
    private const string StateName = "work-queues";
    // Bump when what the rows hold changes, so every database builds them again.
    private const string Format = "1";
    private const int RebuildBatch = 500;

    /// <summary>
    /// Brings <paramref name="article"/>'s rows up to date after its change was saved (its sign-offs
    /// loaded): its awaited sign-offs, and the stage tallies when it was created (<paramref name="stageBefore"/>
    /// null) or moved. Saved by the caller's next SaveChanges, in its transaction.
    /// </summary>
    public static async Task FollowAsync(EditorialDbContext db, Article article, string? stageBefore, WorkflowPolicy policy,
        CancellationToken cancellationToken)
    {
        var wanted = RowsOf(article, policy);
        var existing = await db.AwaitedSignOffs.Where(w => w.ArticleId == article.Id).ToListAsync(cancellationToken);
        foreach (var row in existing)
        {
            if (wanted.FirstOrDefault(w => w.Transition == row.Transition && w.Role == row.Role) is { } same)
            {
                (row.AssigneeId, row.DueOrder, row.UpdatedAt) = (same.AssigneeId, same.DueOrder, same.UpdatedAt);
                wanted.Remove(same);
            }
            else
            {
                db.AwaitedSignOffs.Remove(row);
            }
        }

        db.AwaitedSignOffs.AddRange(wanted);
        if (stageBefore != article.Stage)
        {
            var deltas = new SortedDictionary<string, int>(StringComparer.Ordinal) { [article.Stage] = 1 };
            if (stageBefore is not null)
            {
                deltas[stageBefore] = -1;
            }

            // Always in the same order, so two moves in opposite directions cannot deadlock on the tallies.
            foreach (var (stage, delta) in deltas)
            {
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO stage_tallies ("Stage", "Articles") VALUES ({stage}, {delta})
                    ON CONFLICT ("Stage") DO UPDATE SET "Articles" = stage_tallies."Articles" + excluded."Articles"
                    """, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Builds every row again when they were built with another workflow policy (or never, as on a
    /// database that predates them): the tallies from a count, the awaited sign-offs from each
    /// article in a stage that waits for sign-offs. One transaction; on PostgreSQL one instance at a time.
    /// </summary>
    public static async Task RebuildIfOutdatedAsync(EditorialDbContext db, WorkflowPolicy policy, ILogger logger,
        CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint(policy);
        if (await StoredFingerprintAsync(db, cancellationToken) == fingerprint)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.IsPostgres)
        {
            // Instances starting together: the first builds, the others find it built.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7306001)", cancellationToken);
            if (await StoredFingerprintAsync(db, cancellationToken) == fingerprint)
            {
                return;
            }
        }

        await db.AwaitedSignOffs.ExecuteDeleteAsync(cancellationToken);
        await db.StageTallies.ExecuteDeleteAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO stage_tallies ("Stage", "Articles") SELECT "Stage", COUNT(*) FROM articles GROUP BY "Stage" """, cancellationToken);

        var waitingStages = policy.Transitions.Where(t => t.IsBySignOff).Select(t => t.From).Distinct().ToList();
        var built = 0;
        Guid? after = null;
        while (true)
        {
            var batch = await db.Articles.AsNoTracking().Include(a => a.SignOffs)
                .Where(a => waitingStages.Contains(a.Stage) && (after == null || a.Id.CompareTo(after.Value) > 0))
                .OrderBy(a => a.Id).Take(RebuildBatch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            db.AwaitedSignOffs.AddRange(batch.SelectMany(a => RowsOf(a, policy)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            built += batch.Count;
            after = batch[^1].Id;
        }

        if (await db.DerivedStates.FindAsync([StateName], cancellationToken) is { } state)
        {
            state.Value = fingerprint;
        }
        else
        {
            db.DerivedStates.Add(new DerivedState { Name = StateName, Value = fingerprint });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Work queues built for the current workflow: {Articles} articles awaiting sign-offs looked at", built);
    }

    private static List<AwaitedSignOffRow> RowsOf(Article article, WorkflowPolicy policy) =>
        article.AwaitedSignOffs(policy).Select(a => new AwaitedSignOffRow
        {
            ArticleId = article.Id,
            Transition = a.Transition,
            Role = a.Role,
            AssigneeId = a.AssigneeId,
            DueOrder = article.DueAt ?? AwaitedSignOffRow.NoDueDate,
            UpdatedAt = article.UpdatedAt,
        }).ToList();

    private static Task<string?> StoredFingerprintAsync(EditorialDbContext db, CancellationToken cancellationToken) =>
        db.DerivedStates.AsNoTracking().Where(d => d.Name == StateName).Select(d => d.Value).SingleOrDefaultAsync(cancellationToken);

    // What the rows depend on in the policy: each sign-off transition's stage and required roles.
    private static string Fingerprint(WorkflowPolicy policy)
    {
        var text = new StringBuilder(Format);
        foreach (var transition in policy.Transitions.Where(t => t.IsBySignOff).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            text.Append('|').Append(transition.Name).Append(':').Append(transition.From);
            foreach (var (role, count) in transition.RequiredSignOffs.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                text.Append(',').Append(role).Append('=').Append(count);
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

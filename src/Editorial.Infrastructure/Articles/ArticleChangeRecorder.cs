using Editorial.Domain.Annotations;
using Editorial.Domain.Claims;
using Editorial.Domain.Articles;
using Editorial.Domain.Audit;
using Editorial.Domain.Diff;
using Editorial.Domain.Notifications;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Audit;
using Editorial.Infrastructure.Events;
using Editorial.Infrastructure.Outbox;
using Editorial.Infrastructure.Persistence;
using Editorial.Infrastructure.Search;
using Editorial.Infrastructure.WorkQueues;
using Editorial.Infrastructure.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure.Articles;

/// <summary>
/// The one path every change of an article takes on its way to the database: new revisions get
/// their attribution, recorded events become audit entries and notifications in the same unit of
/// work, and after the commit the article's and the recipients' open pages are told.
/// </summary>
public sealed class ArticleChangeRecorder(
    IDbContextFactory<EditorialDbContext> dbFactory,
    WorkflowPolicy policy,
    ClaimPolicy claimPolicy,
    IArticleEvents articleEvents,
    IUserEvents userEvents,
    AuditKeyring keys,
    Idempotency.IdempotencyScope idempotency,
    WebhookOutbox webhooks,
    Mail.MailOutbox mail,
    OutboxSignal outbox,
    ILogger<ArticleChangeRecorder> logger)
{
    /// <summary>What a user is told when someone else's change won the race, unless the caller says better.</summary>
    public const string LostRaceMessage = "Someone else changed this article at the same moment; nothing was saved. Try again.";

    /// <summary>The pauses before each new attempt of a write (about four seconds in all, as for reads).</summary>
    public static readonly IReadOnlyList<TimeSpan> RetryDelays = [TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2.5)];

    // The attempt of WriteAsync running in this async flow: SaveAsync marks when its commit begins.
    private static readonly AsyncLocal<WriteAttempt?> CurrentAttempt = new();

    /// <summary>
    /// Runs <paramref name="write"/> — load, ask the domain, <see cref="SaveAsync"/>, read the answer —
    /// on a fresh context, and runs it again from the start (fresh data, the domain asked again) when
    /// the connection failed or PostgreSQL broke a deadlock or serialization conflict inside the save's
    /// transaction — but only while nothing can have been committed: once the commit has begun, a
    /// failure is the caller's (a 503; a retry with the same Idempotency-Key learns what happened).
    /// Reads before the transaction are retried by the execution strategy
    /// (<see cref="ReadRetryingExecutionStrategy"/>), not again here, so an outage is answered as soon
    /// as for a read. EF Core's retrying strategies cannot draw the commit line: they would also repeat
    /// a write whose answer, read after the commit, failed.
    /// </summary>
    public async Task WriteAsync(Func<EditorialDbContext, Task> write, CancellationToken cancellationToken) =>
        await WriteAsync(async db =>
        {
            await write(db);
            return true;
        }, cancellationToken);

    /// <inheritdoc cref="WriteAsync(Func{EditorialDbContext, Task}, CancellationToken)"/>
    /// <returns>What <paramref name="write"/> returned.</returns>
    public async Task<T> WriteAsync<T>(Func<EditorialDbContext, Task<T>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var current = new WriteAttempt();
            CurrentAttempt.Value = current;
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                return await write(db);
            }
            catch (Exception e) when (attempt < RetryDelays.Count && current is { TransactionBegan: true, CommitBegan: false }
                                      && (DatabaseErrors.IsUnavailable(e) || DatabaseErrors.IsTransientConflict(e)))
            {
                logger.LogWarning("A write was interrupted before its commit ({Error}); trying again (attempt {Attempt})",
                    e.GetBaseException().Message, attempt + 2);
                Telemetry.EditorialTelemetry.WriteRetries.Add(1);
                await Task.Delay(RetryDelays[attempt], cancellationToken);
            }
            finally
            {
                CurrentAttempt.Value = null;
            }
        }
    }

    /// <summary>
    /// Adds the audit entries and notifications for what <paramref name="article"/> recorded, saves,
    /// fires a transition whose last gate this change opened, then announces the change — all in one
    /// transaction. A lost race (the article's concurrency token, a unique index, a deadlock or
    /// serialization failure, a busy SQLite) becomes a <see cref="ConcurrencyConflictException"/>
    /// saying <paramref name="whenLost"/>, with nothing saved and nothing announced: every writer maps
    /// it here, once.
    /// </summary>
    public async Task SaveAsync(EditorialDbContext db, Article article, string changeKind, CancellationToken cancellationToken,
        string whenLost = LostRaceMessage)
    {
        using var span = Telemetry.EditorialTelemetry.Source.StartActivity("article.save");
        span?.SetTag("editorial.article_id", article.Id);
        span?.SetTag("editorial.change_kind", changeKind);
        try
        {
            await SaveInTransactionAsync(db, article, changeKind, cancellationToken);
            Telemetry.EditorialTelemetry.Saves.Add(1, new KeyValuePair<string, object?>("kind", changeKind));
        }
        catch (Exception e) when (DatabaseErrors.IsLostRace(e))
        {
            Telemetry.EditorialTelemetry.Conflicts.Add(1, new KeyValuePair<string, object?>("kind", changeKind));
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "lost race");
            throw new ConcurrencyConflictException(whenLost, e);
        }
    }

    // What the product counts of what this change recorded: sign-offs and transitions.
    private static void Count(IEnumerable<AuditEvent> entries)
    {
        foreach (var entry in entries)
        {
            switch (entry.Kind)
            {
                case nameof(SignOffGiven):
                    Telemetry.EditorialTelemetry.SignOffs.Add(1);
                    break;
                case nameof(StageChanged):
                    Telemetry.EditorialTelemetry.Transitions.Add(1);
                    break;
            }
        }
    }

    private async Task SaveInTransactionAsync(EditorialDbContext db, Article article, string changeKind, CancellationToken cancellationToken)
    {
        if (CurrentAttempt.Value is { } began)
        {
            began.TransactionBegan = true;
        }

        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        List<Notification> notifications;
        var logged = new List<AuditEvent>();
        var outgoing = 0;
        await using (transaction)
        {
            await FollowNewRevisionsAsync(db, article, cancellationToken);
            var written = await WriteAsync(db, article, cancellationToken);
            notifications = written.Notifications;
            logged.AddRange(written.Entries);
            outgoing += written.Outgoing;
            // The gates are read as this change left them, so they are read after it is saved. A sign-off
            // asked them itself (Article.SignOff fires its transition when they are open), and the
            // article's concurrency token keeps them from changing under it, so it is not asked twice.
            if (written.Entries.Count > 0 && !written.Entries.Any(e => e.Kind == nameof(SignOffGiven))
                && policy.Transitions.Any(t => t.From == article.Stage && t.IsBySignOff)
                && await LoadSignOffsAsync(db, article, cancellationToken) is not null)
            {
                var facts = await GateFactsReader.ReadAsync(db, article, claimPolicy, cancellationToken);
                var last = written.Entries[^1];
                if (article.AdvanceIfReady(policy, facts, last.ActorId, last.At))
                {
                    var advanced = await WriteAsync(db, article, cancellationToken);
                    notifications.AddRange(advanced.Notifications);
                    logged.AddRange(advanced.Entries);
                    outgoing += advanced.Outgoing;
                }
            }

            // A retry of this request with its Idempotency-Key must learn that this change was made.
            await idempotency.MarkCommittedAsync(db, cancellationToken);
            if (CurrentAttempt.Value is { } attempt)
            {
                // From here on the change may be stored: WriteAsync never runs it again.
                attempt.CommitBegan = true;
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        articleEvents.Publish(new ArticleChanged(article.Id, changeKind,
            logged.Count == 0 ? null : new LogRange(logged.Min(e => e.Sequence), logged.Max(e => e.Sequence))));
        foreach (var userId in notifications.Select(n => n.UserId).Distinct())
        {
            userEvents.NotificationsChanged(userId);
        }

        if (outgoing > 0)
        {
            outbox.Poke();
        }
    }

    private async Task<(List<Notification> Notifications, IReadOnlyList<AuditEvent> Entries, int Outgoing)> WriteAsync(EditorialDbContext db,
        Article article, CancellationToken cancellationToken)
    {
        var writers = await WritersAsync(db, article, cancellationToken);
        var happened = AuditTrail.PendingEvents(db, article);
        var notifications = happened.SelectMany(e => NotificationRules.For(e, article, writers, policy)).ToList();
        db.Notifications.AddRange(notifications);
        var entries = await AuditTrail.AppendAsync(db, article, keys.Current, cancellationToken);
        // Webhook deliveries and e-mails are written with the change, in its order (docs/architecture.md §12).
        var outgoing = await webhooks.AddAsync(db, article, happened, entries, cancellationToken)
            + await mail.AddAsync(db, notifications, cancellationToken);
        await FollowInWorkQueuesAsync(db, article, cancellationToken);
        // The search finds the article by its newest text, stored once the article's row exists.
        var newText = db.ChangeTracker.Entries<Revision>()
            .Where(e => e.State == EntityState.Added && e.Entity.ArticleId == article.Id)
            .Select(e => e.Entity).MaxBy(r => r.Number);
        await db.SaveChangesAsync(cancellationToken);
        if (newText is not null)
        {
            await SearchIndex.FollowAsync(db, article.Id, newText, cancellationToken);
        }
        Count(entries);
        return (notifications, entries, outgoing);
    }

    // The queues' rows change with the article, in the same transaction; they are computed from its
    // sign-offs, which a service that changed something else (a claim, a comment) may not have loaded.
    private async Task FollowInWorkQueuesAsync(EditorialDbContext db, Article article, CancellationToken cancellationToken)
    {
        var entry = db.Entry(article);
        var isNew = entry.State == EntityState.Added;
        if (!isNew && !entry.Collection(a => a.SignOffs).IsLoaded)
        {
            await entry.Collection(a => a.SignOffs).LoadAsync(cancellationToken);
        }

        await WorkQueueRows.FollowAsync(db, article, isNew ? null : entry.Property(a => a.Stage).OriginalValue, policy, cancellationToken);
    }

    // The transition that waits only for its gates, if any. The sign-offs decide it; a service that
    // changed something else (a claim, a comment) may not have loaded them.
    private async Task<TransitionDefinition?> LoadSignOffsAsync(EditorialDbContext db, Article article, CancellationToken cancellationToken)
    {
        var signOffs = db.Entry(article).Collection(a => a.SignOffs);
        if (!signOffs.IsLoaded)
        {
            await signOffs.LoadAsync(cancellationToken);
        }

        return article.TransitionAwaitingGates(policy);
    }

    // Everything pinned to the article's words that can still follow them: comment threads and claims.
    private static async Task<List<AnchoredItem>> AnchoredItemsAsync(EditorialDbContext db, Article article, CancellationToken cancellationToken)
    {
        var threads = await db.Annotations
            .Where(a => a.ArticleId == article.Id && a.DeletedAt == null && a.AnchorStatus != AnchorStatus.Orphaned)
            .ToListAsync(cancellationToken);
        var claims = await db.Claims
            .Where(c => c.ArticleId == article.Id && c.DismissedAt == null && c.AnchorStatus != AnchorStatus.Orphaned)
            .ToListAsync(cancellationToken);
        return [.. threads, .. claims];
    }

    // Each new revision gets its attribution from its parent's (itself new, or already saved), and
    // the article's comment and claim anchors follow the text through the same diff.
    private async Task FollowNewRevisionsAsync(EditorialDbContext db, Article article, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries<Revision>().Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity).OrderBy(r => r.Number).ToList();
        var anchored = added.Any(r => r.ParentId is not null) ? await AnchoredItemsAsync(db, article, cancellationToken) : [];
        foreach (var revision in added)
        {
            var parent = revision.ParentId is not { } parentId ? null
                : added.FirstOrDefault(r => r.Id == parentId)
                  ?? await db.Revisions.AsNoTracking().SingleAsync(r => r.Id == parentId, cancellationToken);
            if (parent is null)
            {
                revision.AttributeFrom(null);
                continue;
            }

            var diff = ProseDiff.Compute(parent.Reading, revision.Reading);
            if (diff.FellBack)
            {
                Telemetry.EditorialTelemetry.DiffFallbacks.Add(1);
                // Deterministic (a counted budget), but worth knowing: some paragraphs were compared whole.
                logger.LogInformation("Revision {Revision} of article {ArticleId}: the diff's work budget compared some paragraphs whole",
                    revision.Number, article.Id);
            }

            revision.AttributeFrom(parent, diff);
            anchored.ForEach(a => a.Reanchor(diff, revision.Number, revision.AuthorId, revision.CreatedAt));
            foreach (var anchor in anchored)
            {
                Telemetry.EditorialTelemetry.AnchorOutcomes.Add(1, new KeyValuePair<string, object?>("status", anchor.AnchorStatus.ToString()));
            }
        }
    }

    // The creator and everyone who wrote text, including in this very change.
    private static async Task<IReadOnlySet<string>> WritersAsync(EditorialDbContext db, Article article, CancellationToken cancellationToken)
    {
        var saved = await db.Revisions.Where(r => r.ArticleId == article.Id && r.AuthorId != null)
            .Select(r => r.AuthorId!).Distinct().ToListAsync(cancellationToken);
        return saved
            .Concat(article.Events.OfType<TextRevised>().Select(e => e.ActorId).OfType<string>())
            .Append(article.CreatedById).OfType<string>()
            .ToHashSet();
    }

    private sealed class WriteAttempt
    {
        public bool TransactionBegan { get; set; }

        public bool CommitBegan { get; set; }
    }
}

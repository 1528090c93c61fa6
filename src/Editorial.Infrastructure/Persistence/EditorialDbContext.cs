using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Audit;
using Editorial.Domain.Claims;
using Editorial.Domain.Notifications;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Identity;
using Editorial.Infrastructure.Persistence.Configurations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Persistence;

/// <summary>
/// The one database of the app: Identity's tables and the newsroom's. The model is the same on both
/// providers except the concurrency token (PostgreSQL <c>xmin</c>; a version column on SQLite).
/// </summary>
/// <remarks>
/// Each provider keeps its own migrations assembly. After changing the model, add a migration to both:
/// <code>
/// dotnet ef migrations add NAME --project src/Editorial.Migrations.Postgres
/// dotnet ef migrations add NAME --project src/Editorial.Migrations.Sqlite
/// </code>
/// (each project has a design-time factory, so no startup project or database is needed).
/// </remarks>
public sealed class EditorialDbContext(DbContextOptions<EditorialDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>Articles, without their text (see <see cref="Revisions"/>).</summary>
    public DbSet<Article> Articles => Set<Article>();

    /// <summary>Immutable revisions of article text.</summary>
    public DbSet<Revision> Revisions => Set<Revision>();

    /// <summary>Snapshots of accepted text (tracked changes' baselines).</summary>
    public DbSet<Baseline> Baselines => Set<Baseline>();

    /// <summary>Unsaved editor text, kept so that nothing typed is lost.</summary>
    public DbSet<EditorDraft> EditorDrafts => Set<EditorDraft>();

    /// <summary>Each person's suggestions for an article (their proposed text).</summary>
    public DbSet<Editorial.Domain.Suggestions.SuggestedEdit> SuggestedEdits => Set<Editorial.Domain.Suggestions.SuggestedEdit>();

    /// <summary>Reviewers' decisions, bound to the text they read.</summary>
    public DbSet<SignOff> SignOffs => Set<SignOff>();

    /// <summary>Comment threads.</summary>
    public DbSet<Annotation> Annotations => Set<Annotation>();

    /// <summary>Claims flagged for fact-checking.</summary>
    public DbSet<Claim> Claims => Set<Claim>();

    /// <summary>Each article's append-only, hash-chained log. Only ever added to.</summary>
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>The append-only, keyed hash chain of privileged and security-relevant actions.</summary>
    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    /// <summary>Messages to users about articles.</summary>
    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>API requests made with an Idempotency-Key, and their answers.</summary>
    public DbSet<Idempotency.IdempotentRequest> IdempotentRequests => Set<Idempotency.IdempotentRequest>();

    /// <summary>Users' API tokens (hashed).</summary>
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    /// <summary>The keys that protect sign-in cookies and antiforgery tokens. Kept in the database so
    /// that sessions survive a restart or a new container and every instance shares them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The sign-offs articles wait for, one row each (the work queues read them).</summary>
    public DbSet<WorkQueues.AwaitedSignOffRow> AwaitedSignOffs => Set<WorkQueues.AwaitedSignOffRow>();

    /// <summary>How many articles each stage holds.</summary>
    public DbSet<WorkQueues.StageTally> StageTallies => Set<WorkQueues.StageTally>();

    /// <summary>What derived data was built from.</summary>
    public DbSet<WorkQueues.DerivedState> DerivedStates => Set<WorkQueues.DerivedState>();

    /// <summary>Webhook endpoints.</summary>
    public DbSet<Domain.Webhooks.WebhookEndpoint> WebhookEndpoints => Set<Domain.Webhooks.WebhookEndpoint>();

    /// <summary>Messages waiting to leave, and sent ones (docs/architecture.md §12).</summary>
    public DbSet<Outbox.OutboxMessage> OutboxMessages => Set<Outbox.OutboxMessage>();

    /// <summary>Every attempt to send an outbox message.</summary>
    public DbSet<Outbox.OutboxAttempt> OutboxAttempts => Set<Outbox.OutboxAttempt>();

    /// <summary>Each person's e-mail settings.</summary>
    public DbSet<MailPreferences> MailPreferences => Set<MailPreferences>();

    /// <summary>Due-date reminders already sent.</summary>
    public DbSet<Mail.ReminderSent> RemindersSent => Set<Mail.ReminderSent>();

    /// <summary>True when running on PostgreSQL.</summary>
    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new ApplicationUserConfiguration());
        builder.ApplyConfiguration(new ArticleConfiguration(IsPostgres));
        builder.ApplyConfiguration(new RevisionConfiguration());
        builder.ApplyConfiguration(new SuggestedEditConfiguration());
        builder.ApplyConfiguration(new SignOffConfiguration());
        builder.ApplyConfiguration(new BaselineConfiguration());
        builder.ApplyConfiguration(new EditorDraftConfiguration());
        builder.ApplyConfiguration(new AuditEventConfiguration());
        builder.ApplyConfiguration(new SecurityEventConfiguration());
        builder.ApplyConfiguration(new NotificationConfiguration());
        builder.ApplyConfiguration(new PersonalAccessTokenConfiguration());
        builder.ApplyConfiguration(new AnnotationConfiguration());
        builder.ApplyConfiguration(new AnnotationReplyConfiguration());
        builder.ApplyConfiguration(new ClaimConfiguration());
        builder.ApplyConfiguration(new ClaimSourceConfiguration());
        builder.ApplyConfiguration(new IdempotentRequestConfiguration());
        builder.ApplyConfiguration<WorkQueues.AwaitedSignOffRow>(new WorkQueueConfiguration());
        builder.ApplyConfiguration<WorkQueues.StageTally>(new WorkQueueConfiguration());
        builder.ApplyConfiguration<WorkQueues.DerivedState>(new WorkQueueConfiguration());
        builder.ApplyConfiguration(new WebhookEndpointConfiguration());
        builder.ApplyConfiguration<MailPreferences>(new MailConfiguration());
        builder.ApplyConfiguration<Mail.ReminderSent>(new MailConfiguration());
        builder.ApplyConfiguration<Outbox.OutboxMessage>(new OutboxConfiguration());
        builder.ApplyConfiguration<Outbox.OutboxAttempt>(new OutboxConfiguration());
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (!IsPostgres)
        {
            configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        }
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersionsWhereTheDatabaseDoesNot();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersionsWhereTheDatabaseDoesNot();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // PostgreSQL's xmin changes by itself on every update; SQLite's version column needs a push.
    private void BumpVersionsWhereTheDatabaseDoesNot()
    {
        if (IsPostgres)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<Article>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(a => a.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }
}

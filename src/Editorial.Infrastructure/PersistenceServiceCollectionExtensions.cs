using Editorial.Infrastructure.Audit;
using Editorial.Infrastructure.Events;
using Editorial.Infrastructure.Identity;
using Editorial.Infrastructure.Persistence;
using Editorial.Infrastructure.Seeding;
using Editorial.Infrastructure.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure;

/// <summary>Registers the database, its initialization and seeding.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Migrations assembly of the PostgreSQL provider.</summary>
    public const string PostgresMigrationsAssembly = "Editorial.Migrations.Postgres";

    /// <summary>Migrations assembly of the SQLite provider.</summary>
    public const string SqliteMigrationsAssembly = "Editorial.Migrations.Sqlite";

    /// <summary>
    /// Adds <see cref="EditorialDbContext"/> on the configured provider (a factory for feature
    /// services, which make one short-lived context per operation; a scoped context for Identity's
    /// stores) and the startup migration and seeding.
    /// </summary>
    public static IServiceCollection AddEditorialPersistence(this IServiceCollection services)
    {
        // Read lazily from the final configuration, so that hosts and tests that add settings late
        // (WebApplicationFactory) are honoured, and a malformed setting fails at startup.
        services.AddSingleton(sp => DatabaseSettings.From(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddDbContextFactory<EditorialDbContext>((sp, options) => Configure(options, sp.GetRequiredService<DatabaseSettings>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<EditorialDbContext>>().CreateDbContext());

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IConfiguration>().GetSection(SeedOptions.Section).Get<SeedOptions>() ?? new SeedOptions();
            var isEmbedded = sp.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Sqlite;
            return SeedPlan.From(options, sp.GetRequiredService<IHostEnvironment>().IsDevelopment(), isEmbedded);
        });
        services.TryAddSingleton(TimeProvider.System);
        // The newsroom's workflow, validated when first needed — by seeding, at startup: a broken
        // policy stops the app with the list of its problems.
        services.AddSingleton(sp => (sp.GetRequiredService<IConfiguration>().GetSection(WorkflowOptions.Section).Get<WorkflowOptions>()
            ?? new WorkflowOptions()).ToPolicy());
        services.AddSingleton(sp => (sp.GetRequiredService<IConfiguration>().GetSection(ClaimOptions.Section).Get<ClaimOptions>()
            ?? new ClaimOptions()).ToPolicy());
        // Live updates: in-process buses, relayed to other instances through PostgreSQL LISTEN/NOTIFY.
        services.AddSingleton<InProcessArticleEvents>();
        services.AddSingleton<InProcessUserEvents>();
        services.AddSingleton<PostgresEventRelay>();
        services.AddSingleton<IArticleEvents, RelayedArticleEvents>();
        services.AddSingleton<IUserEvents, RelayedUserEvents>();
        services.AddSingleton<IPresenceRelay>(sp => sp.GetRequiredService<PostgresEventRelay>());
        services.AddSingleton(sp => new PresenceTracker(sp.GetRequiredService<IArticleEvents>(), sp.GetRequiredService<IPresenceRelay>(),
            sp.GetRequiredService<TimeProvider>()));
        // Started with the app, so that it hears the other instances' pages before any page opens here.
        services.AddHostedService(sp => sp.GetRequiredService<PresenceTracker>());
        // The keys that sign the audit logs, validated (and, the first time, generated) at startup.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IConfiguration>().GetSection(AuditOptions.Section).Get<AuditOptions>() ?? new AuditOptions();
            var folder = AuditKeyringLoader.KeyFolderOf(options, sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
                sp.GetRequiredService<DatabaseSettings>().SqliteFolder);
            return AuditKeyringLoader.Load(options, folder, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuditKeyringLoader)),
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddScoped<SecurityLog>();
        services.AddScoped<LegacyAuditSealer>();
        services.AddScoped<Articles.ArticleChangeRecorder>();
        services.AddScoped<Idempotency.IdempotencyScope>();
        services.AddScoped<UserAccountCreator>();
        services.AddScoped<DatabaseSeeder>();
        services.AddHostedService<DatabaseInitializer>();
        // After the initializer: hosted services start in order, so the outbox finds its tables migrated.
        AddOutbox(services);
        services.AddHostedService(sp => sp.GetRequiredService<PostgresEventRelay>());
        return services;
    }

    /// <summary>Points EF Core at the provider and its migrations assembly.</summary>
    // Webhooks and mail leave through the outbox (docs/architecture.md §12). The web host supplies the public address for links.
    private static void AddOutbox(IServiceCollection services)
    {
        services.AddOptions<Outbox.OutboxOptions>().BindConfiguration(Outbox.OutboxOptions.Section);
        services.AddOptions<Outbox.WebhookOptions>().BindConfiguration(Outbox.WebhookOptions.Section);
        services.TryAddSingleton(sp => new Outbox.PublicLinks(() => sp.GetRequiredService<IConfiguration>()["Hosting:PublicBaseUrl"]));
        services.AddSingleton<Outbox.WebhookPayloads>();
        services.AddSingleton<Outbox.WebhookOutbox>();
        services.AddSingleton<Outbox.WebhookSecrets>();
        services.AddSingleton<Outbox.OutboxSignal>();
        services.AddSingleton<Outbox.IOutboxSender, Outbox.WebhookSender>();
        services.AddOptions<Mail.MailOptions>().BindConfiguration(Mail.MailOptions.Section);
        services.AddSingleton<Mail.MailOutbox>();
        services.AddSingleton<Outbox.IOutboxSender, Mail.MailSender>();
        services.AddSingleton<Mail.MailScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<Mail.MailScheduler>());
        services.AddSingleton<Outbox.OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<Outbox.OutboxDispatcher>());
        services.AddHttpClient(Outbox.WebhookOptions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Outbox.WebhookOptions>>();
                return new SocketsHttpHandler
                {
                    // A proxy or a redirect would take the request past the address check.
                    UseProxy = false,
                    AllowAutoRedirect = false,
                    ConnectCallback = (context, ct) => Outbox.GuardedConnection.ConnectAsync(context.DnsEndPoint, options.Value.AllowedPrivateHosts, ct),
                };
            });
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)
                .ExecutionStrategy(dependencies => new ReadRetryingExecutionStrategy(dependencies)));
            options.AddInterceptors(new DeadConnectionPoolReset());
        }
        else
        {
            options.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
            options.AddInterceptors(new SqliteConnectionTuning());
        }
    }
}

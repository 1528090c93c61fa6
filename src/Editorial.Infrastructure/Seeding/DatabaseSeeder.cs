using System.Text.Json;
using Editorial.Domain.Articles;
using Editorial.Domain.Text;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Identity;
using Editorial.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure.Seeding;

/// <summary>
/// Fills a database with what it needs to be used: the roles always; the first administrator, the
/// demo users and the sample articles when the plan says so. Idempotent: what exists (by role name,
/// email, slug) is left alone, so a second start creates nothing new.
/// </summary>
public sealed class DatabaseSeeder(
    EditorialDbContext db,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    UserAccountCreator accounts,
    WorkflowPolicy policy,
    Articles.ArticleChangeRecorder changes,
    TimeProvider clock,
    ILogger<DatabaseSeeder> logger)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Seeds according to <paramref name="plan"/>.</summary>
    public async Task SeedAsync(SeedPlan plan, CancellationToken cancellationToken)
    {
        await EnsureRolesAsync();

        if (plan.AdminEmail is not null && plan.AdminPassword is not null)
        {
            // The configured password got the admin in; their own one keeps them in.
            await EnsureUserAsync(new DemoUser(plan.AdminEmail, "Administrator", plan.AdminPassword, [Roles.Admin]), mustChangePassword: true);
        }

        if (plan.DemoUsers)
        {
            logger.LogWarning("Seeding demo users with published passwords. Never enable this on a public server.");
            foreach (var demo in await ReadDemoUsersAsync(plan.Folder, cancellationToken))
            {
                await EnsureUserAsync(demo);
            }
        }

        if (plan.SampleArticles)
        {
            await ImportArticlesAsync(plan.Folder, cancellationToken);
        }
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                UserAccountCreator.Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    private async Task EnsureUserAsync(DemoUser demo, bool mustChangePassword = false)
    {
        if (await users.FindByEmailAsync(demo.Email) is not null)
        {
            return;
        }

        await accounts.CreateAsync(demo.Email, demo.DisplayName, demo.Password, demo.Roles, mustChangePassword);
        logger.LogInformation("Created user {Email} ({Roles})", demo.Email, string.Join(", ", demo.Roles));
    }

    private static async Task<IReadOnlyList<DemoUser>> ReadDemoUsersAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, "demo-users.json");
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<List<DemoUser>>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException($"{path} holds no users.");
    }

    private async Task ImportArticlesAsync(string folder, CancellationToken cancellationToken)
    {
        var articlesFolder = Path.Combine(folder, "articles");
        foreach (var path in Directory.EnumerateFiles(articlesFolder).Order(StringComparer.Ordinal))
        {
            var seed = SeedArticle.Parse(await File.ReadAllTextAsync(path, cancellationToken), Path.GetFileName(path));
            if (await db.Articles.AnyAsync(a => a.Slug == seed.Slug, cancellationToken))
            {
                continue;
            }

            // Seeds are the newsroom's own files: the generous limits only guard against a broken file.
            var text = ArticleText.Create(seed.Title, seed.Body, TextLimits.Default);
            var (article, first) = Article.Import(text, seed.Author, seed.Slug, seed.Stage, clock.GetUtcNow().UtcDateTime, policy);
            db.Articles.Add(article);
            db.Revisions.Add(first);
            await changes.SaveAsync(db, article, "Created", cancellationToken);
            logger.LogInformation("Imported sample article {Slug}", seed.Slug);
        }
    }
}

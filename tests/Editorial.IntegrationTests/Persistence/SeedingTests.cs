using Editorial.Domain.Workflow;
using Editorial.Domain.Users;
using Editorial.Infrastructure.Identity;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Persistence;

public sealed class SeedingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Development_SeedsTheSampleArticleAndDemoUsers_AndASecondStartCreatesNothingNew()
    {
        var first = await StartAndCountAsync();
        var second = await StartAndCountAsync();

        Assert.Equal((Users: 5, Articles: 1, Revisions: 1), first);
        Assert.Equal(first, second);

        await using var app = EditorialAppFactory.OnPostgres(database);
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        var article = await db.Articles.SingleAsync();
        Assert.Equal("kim-forklift-memorial", article.Slug);
        Assert.Equal(Stages.Draft, article.Stage);
        var body = await db.Revisions.Where(r => r.ArticleId == article.Id).Select(r => r.Body).SingleAsync();
        Assert.StartsWith("North Korean leader Kim Jong Un was spotted driving a forklift", body, StringComparison.Ordinal);
        Assert.Contains("approximately 14,000 troops", body, StringComparison.Ordinal);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var both = await users.FindByEmailAsync(DemoUsers.EditorAndFactChecker);
        Assert.Equal([Roles.Editor, Roles.FactChecker], (await users.GetRolesAsync(both!)).Order());
    }

    private async Task<(int Users, int Articles, int Revisions)> StartAndCountAsync()
    {
        await using var app = EditorialAppFactory.OnPostgres(database);
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        return (await db.Users.CountAsync(), await db.Articles.CountAsync(), await db.Revisions.CountAsync());
    }
}

public sealed class ProductionSeedingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Production_CreatesNoDemoUserAndNoSampleArticle_ButTheRolesAndAConfiguredAdministrator()
    {
        await using var app = EditorialAppFactory.OnPostgres(database, "Production", new Dictionary<string, string?>
        {
            ["Seed:AdminEmail"] = "chief@newsroom.example",
            ["Seed:AdminPassword"] = "Chief#Secret2026",
        });
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();

        Assert.Equal(["chief@newsroom.example"], await db.Users.Select(u => u.Email).ToListAsync());
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(4, await db.Roles.CountAsync());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var chief = (await users.FindByEmailAsync("chief@newsroom.example"))!;
        Assert.True(await users.IsInRoleAsync(chief, Roles.Admin));
        Assert.True(chief.MustChangePassword);
        Assert.False(await db.Users.AnyAsync(u => u.MustChangePassword && u.Email != "chief@newsroom.example"));
    }
}

public sealed class ProductionDemoOptInTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Production_WithDemoUsersExplicitlyEnabled_CreatesThem()
    {
        await using var app = EditorialAppFactory.OnPostgres(database, "Production",
            new Dictionary<string, string?> { ["Seed:DemoUsers"] = "true" });
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();

        Assert.Equal(5, await db.Users.CountAsync());
    }
}

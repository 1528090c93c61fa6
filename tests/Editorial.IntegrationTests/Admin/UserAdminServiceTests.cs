using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Users;
using Editorial.Testing;
using Editorial.Web.Features.Admin;
using Editorial.Web.Security;

namespace Editorial.IntegrationTests.Admin;

/// <summary>User administration through the service the Users page calls.</summary>
public abstract class UserAdminServiceTests(ITestDatabase database) : AppTest(database.App())
{
    private Task<ClaimsPrincipal> AdminAsync() => App.PrincipalOfAsync(DemoUsers.Admin);

    private Task<IReadOnlyList<UserSummary>> ListAsync(ClaimsPrincipal admin) =>
        WithAsync<UserAdminService, IReadOnlyList<UserSummary>>(s => s.ListAsync(admin));

    [Fact]
    public async Task List_ShowsEveryUserWithTheirRoles()
    {
        var users = await ListAsync(await AdminAsync());

        var both = Assert.Single(users, u => u.Email == DemoUsers.EditorAndFactChecker);
        Assert.Equal([Roles.Editor, Roles.FactChecker], both.Roles);
        Assert.Equal("Eli Both", both.DisplayName);
    }

    [Fact]
    public async Task Admin_CreatesAUserWithSeveralRoles_WhoCanThenSignIn()
    {
        var admin = await AdminAsync();
        var input = new NewUser { Email = "sam@newsroom.example", DisplayName = "Sam Subeditor", Password = "Subeditor#2026", Roles = [Roles.Editor, Roles.Manager] };

        await WithAsync<UserAdminService>(s => s.CreateAsync(admin, input));

        var created = Assert.Single(await ListAsync(admin), u => u.Email == "sam@newsroom.example");
        Assert.Equal([Roles.Editor, Roles.Manager], created.Roles);
        var client = BrowserlessClient.Create(App);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.SignInAsync("sam@newsroom.example", "Subeditor#2026")).StatusCode);
    }

    [Fact]
    public async Task AUserWhosePasswordTheAdminChose_MustChooseTheirOwn_BeforeUsingPagesOrTheApi()
    {
        var admin = await AdminAsync();
        await WithAsync<UserAdminService>(s => s.CreateAsync(admin, new NewUser
        {
            Email = "nia@newsroom.example", DisplayName = "Nia New", Password = "Newcomer#2026", Roles = [Roles.Editor],
        }));
        var client = BrowserlessClient.Create(App);
        await client.SignInAsync("nia@newsroom.example", "Newcomer#2026");

        var page = await client.GetAsync("/articles");
        var api = await client.GetAsync("/api/articles");
        var samePassword = await client.SubmitFormAsync("/account/password", "/account/password", new()
        {
            ["Input.CurrentPassword"] = "Newcomer#2026", ["Input.NewPassword"] = "Newcomer#2026", ["Input.ConfirmPassword"] = "Newcomer#2026",
        });
        var changed = await client.SubmitFormAsync("/account/password", "/account/password", new()
        {
            ["Input.CurrentPassword"] = "Newcomer#2026", ["Input.NewPassword"] = "Nia-Own#2026!", ["Input.ConfirmPassword"] = "Nia-Own#2026!",
        });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/password", page.Headers.Location!.OriginalString);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("different from the current one", await samePassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Your password was changed.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/articles")).StatusCode);
    }

    [Theory]
    [InlineData("weak@newsroom.example", "Weak Password", "short")]
    [InlineData("not-an-email", "Someone", "Strong#Pass2026")]
    [InlineData("blank.name@newsroom.example", "   ", "Strong#Pass2026")]
    [InlineData(DemoUsers.Editor, "Duplicate", "Strong#Pass2026")]
    public async Task Create_WithBadInput_IsRefusedWithAReason_AndCreatesNothing(string email, string name, string password)
    {
        var admin = await AdminAsync();
        var before = (await ListAsync(admin)).Count;

        var error = await Assert.ThrowsAsync<EditorialDomainException>(() => WithAsync<UserAdminService>(s =>
            s.CreateAsync(admin, new NewUser { Email = email, DisplayName = name, Password = password })));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(before, (await ListAsync(admin)).Count);
    }

    [Fact]
    public async Task Admin_ChangesRoles()
    {
        var admin = await AdminAsync();
        var target = Assert.Single(await ListAsync(admin), u => u.Email == DemoUsers.Manager);

        await WithAsync<UserAdminService>(s => s.SetRolesAsync(admin, target.Id, [Roles.Manager, Roles.FactChecker]));

        var changed = Assert.Single(await ListAsync(admin), u => u.Id == target.Id);
        Assert.Equal([Roles.FactChecker, Roles.Manager], changed.Roles);
    }

    [Fact]
    public async Task Admin_CannotRemoveTheirOwnAdminRole()
    {
        var admin = await AdminAsync();
        var self = admin.RequireUserId();

        await Assert.ThrowsAsync<EditorialDomainException>(() => WithAsync<UserAdminService>(s => s.SetRolesAsync(admin, self, [Roles.Editor])));
        await Assert.ThrowsAsync<EditorialDomainException>(() => WithAsync<UserAdminService>(s => s.LockAsync(admin, self)));
    }

    [Fact]
    public async Task UnknownRole_IsRefused()
    {
        var admin = await AdminAsync();
        var target = Assert.Single(await ListAsync(admin), u => u.Email == DemoUsers.Editor);

        await Assert.ThrowsAsync<EditorialDomainException>(() => WithAsync<UserAdminService>(s => s.SetRolesAsync(admin, target.Id, ["SuperUser"])));
    }

    [Fact]
    public async Task LockedUser_CannotSignIn_UntilUnlocked()
    {
        var admin = await AdminAsync();
        await App.CreateUserAsync("locked@newsroom.example", Roles.Editor);
        var target = Assert.Single(await ListAsync(admin), u => u.Email == "locked@newsroom.example");

        await WithAsync<UserAdminService>(s => s.LockAsync(admin, target.Id));
        var whileLocked = await BrowserlessClient.Create(App).SignInAsync("locked@newsroom.example", DemoUsers.Password);
        await WithAsync<UserAdminService>(s => s.UnlockAsync(admin, target.Id));
        var afterUnlock = await BrowserlessClient.Create(App).SignInAsync("locked@newsroom.example", DemoUsers.Password);

        // A locked account gets the answer an unknown email gets: the form does not tell which accounts exist.
        Assert.Equal(System.Net.HttpStatusCode.OK, whileLocked.StatusCode);
        Assert.Contains("Wrong email or password.", await whileLocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, afterUnlock.StatusCode);
    }

    [Theory]
    [InlineData(DemoUsers.Editor)]
    [InlineData(DemoUsers.Manager)]
    public async Task NonAdmins_CallingTheService_AreRefused(string email)
    {
        var user = await App.PrincipalOfAsync(email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => ListAsync(user));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAsync<UserAdminService>(s =>
            s.CreateAsync(user, new NewUser { Email = "x@newsroom.example", DisplayName = "X", Password = "Strong#Pass2026", Roles = [Roles.Admin] })));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAsync<UserAdminService>(s => s.SetRolesAsync(user, user.RequireUserId(), [Roles.Admin])));
    }
}

/// <summary><see cref="UserAdminServiceTests"/> on PostgreSQL.</summary>
public sealed class UserAdminServiceTestsOnPostgres(PostgresDatabase database) : UserAdminServiceTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="UserAdminServiceTests"/> on the embedded SQLite default.</summary>
public sealed class UserAdminServiceTestsOnSqlite(SqliteFolder database) : UserAdminServiceTests(database), IClassFixture<SqliteFolder>;

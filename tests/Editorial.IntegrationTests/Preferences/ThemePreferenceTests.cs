using Editorial.Testing;
using Editorial.Web.Features.Preferences;
using Editorial.Web.Security;

namespace Editorial.IntegrationTests.Preferences;

public abstract class ThemePreferenceTests(ITestDatabase database) : AppTest(database.App())
{
    [Fact]
    public async Task DarkMode_IsUnsetAtFirst_ThenRemembered_PerUser()
    {
        var editor = (await App.PrincipalOfAsync(DemoUsers.Editor)).RequireUserId();
        var manager = (await App.PrincipalOfAsync(DemoUsers.Manager)).RequireUserId();

        Assert.Null(await WithAsync<ThemePreferenceService, bool?>(s => s.GetDarkModeAsync(editor)));
        await WithAsync<ThemePreferenceService>(s => s.SetDarkModeAsync(editor, true));

        Assert.True(await WithAsync<ThemePreferenceService, bool?>(s => s.GetDarkModeAsync(editor)));
        Assert.Null(await WithAsync<ThemePreferenceService, bool?>(s => s.GetDarkModeAsync(manager)));
    }
}

/// <summary><see cref="ThemePreferenceTests"/> on PostgreSQL.</summary>
public sealed class ThemePreferenceTestsOnPostgres(PostgresDatabase database) : ThemePreferenceTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="ThemePreferenceTests"/> on the embedded SQLite default.</summary>
public sealed class ThemePreferenceTestsOnSqlite(SqliteFolder database) : ThemePreferenceTests(database), IClassFixture<SqliteFolder>;

using Microsoft.Extensions.DependencyInjection;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Microsoft.Extensions.Configuration;

namespace Editorial.IntegrationTests.Persistence;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("this is not a connection string")]
    [InlineData("Hots=db;Port=5432")]
    [InlineData("Port=5432;Database=editorial")]
    public void MalformedPostgresConnectionString_StopsStartup_WithAClearMessage_ThatDoesNotEchoIt(string connectionString)
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Editorial"] = connectionString + ";Password=s3cret-value" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var app = EditorialAppFactory.OnSqlite(Path.GetTempPath(), "Production", settings);

        // The message is checked where it is made: when startup fails, WebApplicationFactory sometimes
        // reports the host's disposal instead of the first error (a race in the test host, not the app).
        var refused = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From(configuration, Path.GetTempPath()));
        var startup = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains("ConnectionStrings:Editorial is not a valid PostgreSQL connection string", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", Flatten(startup), StringComparison.Ordinal);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}

/// <summary>Text limits that cannot work stop startup with the setting's name.</summary>
public sealed class TextLimitConfigurationTests
{
    [Theory]
    [InlineData("Text:MaxBodyLength", "0")]
    [InlineData("Text:MaxTitleLength", "-5")]
    [InlineData("Text:MaxBodyLength", "2000000000")]
    public void ImpossibleTextLimits_StopStartup_NamingTheSetting(string key, string value)
    {
        var folder = Directory.CreateTempSubdirectory("editorial-limits-").FullName;
        try
        {
            var settings = new Dictionary<string, string?> { [key] = value };
            using var app = EditorialAppFactory.OnSqlite(folder, settings: settings);
            // The message is checked where it is made (see above: the test host may report its own disposal).
            var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
            Editorial.Web.Features.Articles.TextLimitOptions.AddTo(services);
            using var provider = services.BuildServiceProvider();

            var refused = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<Editorial.Domain.Text.TextLimits>());
            Assert.ThrowsAny<Exception>(() => app.Server);

            Assert.Contains(key, Flatten(refused), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Flatten(Exception e) =>
        e is AggregateException a ? string.Join(" | ", a.InnerExceptions.Select(Flatten))
            : e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}

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

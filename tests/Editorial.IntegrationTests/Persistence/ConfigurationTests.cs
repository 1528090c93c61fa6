using Editorial.Testing;

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
        using var app = EditorialAppFactory.OnSqlite(Path.GetTempPath(), "Production", settings);

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        var message = Flatten(error);
        Assert.Contains("ConnectionStrings:Editorial is not a valid PostgreSQL connection string", message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", message, StringComparison.Ordinal);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}

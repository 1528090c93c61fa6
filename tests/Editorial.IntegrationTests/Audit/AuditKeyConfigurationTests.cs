using Editorial.Domain.Audit;
using Editorial.Infrastructure.Audit;
using Editorial.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Editorial.IntegrationTests.Audit;

/// <summary>Where audit keys come from, on the embedded database, and how a bad one stops startup.</summary>
public sealed class AuditKeyConfigurationTests(SqliteFolder folder) : IClassFixture<SqliteFolder>
{
    [Fact]
    public async Task WithNothingConfigured_AKeyIsGeneratedBesideTheDatabase_AndARestartStillVerifies()
    {
        Guid id;
        await using (var first = EditorialAppFactory.OnSqlite(folder.Path).Started())
        {
            id = await first.SubmittedArticleAsync();
        }

        var keyFile = Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, AuditOptions.EmbeddedKeyFolderName), "*.key"));
        await using var restarted = EditorialAppFactory.OnSqlite(folder.Path).Started();
        await restarted.SendBackAsync(id);

        Assert.True((await restarted.VerifyAsync(id)).IsIntact);
        Assert.All(await restarted.LogAsync(id), e => Assert.Equal(Path.GetFileNameWithoutExtension(keyFile), e.KeyId));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }
    }

    [Fact]
    public void KeysFromSettingsAndFromAKeyFolder_FormOneRing()
    {
        var keyFolder = Path.Combine(folder.Path, "mounted-keys");
        Directory.CreateDirectory(keyFolder);
        File.WriteAllText(Path.Combine(keyFolder, "from-file.key"), AuditApps.NewKey() + "\n");
        var settings = AuditApps.Keys("from-settings", ("from-settings", AuditApps.NewKey()));
        settings["Audit:KeyFolder"] = keyFolder;
        using var app = EditorialAppFactory.OnSqlite(folder.Path, settings: settings);

        var ring = app.Services.GetRequiredService<AuditKeyring>();

        Assert.Equal(["from-file", "from-settings"], ring.Ids);
        Assert.Equal("from-settings", ring.Current.Id);
    }

    public static TheoryData<string, string, string> BrokenSettings => new()
    {
        { "Audit:Keys:k1", Convert.ToBase64String(new byte[16]), "Audit:Keys:k1 holds 16 bytes; an audit key needs at least 32 random bytes" },
        { "Audit:Keys:k1", "not base64!", "Audit:Keys:k1 is not valid base64" },
        { "Audit:CurrentKeyId", "k2", "Audit:CurrentKeyId is 'k2', but no key has that id (keys: k1)" },
    };

    [Theory]
    [MemberData(nameof(BrokenSettings))]
    public void ABrokenKeySetting_StopsStartup_NamingTheSetting(string setting, string value, string message)
    {
        var settings = AuditApps.Keys("k1", ("k1", AuditApps.NewKey()));
        settings[setting] = value;
        using var app = EditorialAppFactory.OnSqlite(folder.Path, "Production", settings);

        // Checked where the message is made (the test host may report its own disposal instead).
        var options = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(AuditOptions.Section).Get<AuditOptions>()!;
        var refused = Assert.Throws<InvalidOperationException>(() =>
            AuditKeyringLoader.Load(options, Path.Combine(folder.Path, "no-such-folder"), NullLogger.Instance, TimeProvider.System));
        Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.StartsWith("The audit key settings are invalid: ", refused.Message, StringComparison.Ordinal);
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(settings["Audit:Keys:k1"]!, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralKeysWithoutACurrentOne_StopStartup()
    {
        var options = new AuditOptions { Keys = { ["a"] = AuditApps.NewKey(), ["b"] = AuditApps.NewKey() } };

        var refused = Assert.Throws<InvalidOperationException>(() =>
            AuditKeyringLoader.Load(options, Path.Combine(folder.Path, "no-such-folder"), NullLogger.Instance, TimeProvider.System));

        Assert.Contains("Audit:CurrentKeyId is not set, and there are 2 keys (a, b)", refused.Message, StringComparison.Ordinal);
    }
}

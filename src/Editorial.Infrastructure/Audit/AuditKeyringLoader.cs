using Editorial.Domain.Audit;
using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure.Audit;

/// <summary>
/// Builds the <see cref="AuditKeyring"/> from <see cref="AuditOptions"/> and the key folder, and
/// generates the first key when there is none. A broken setting stops startup with a message that
/// names it, never with the key.
/// </summary>
public static class AuditKeyringLoader
{
    private const string FileExtension = ".key";

    /// <summary>Loads the ring.</summary>
    /// <param name="options">The <c>Audit</c> section.</param>
    /// <param name="keyFolder">The key folder (absolute): <see cref="AuditOptions.KeyFolder"/> or the default.</param>
    /// <param name="logger">Told where a generated key was written.</param>
    /// <param name="clock">Dates a generated key's id.</param>
    /// <exception cref="InvalidOperationException">A setting or key file is invalid, or no key can be generated.</exception>
    public static AuditKeyring Load(AuditOptions options, string keyFolder, ILogger logger, TimeProvider clock)
    {
        var keys = new Dictionary<string, (AuditKey Key, string Source)>(StringComparer.Ordinal);
        foreach (var (id, value) in options.Keys)
        {
            var source = $"{AuditOptions.Section}:Keys:{id}";
            Add(keys, (Parse(id, value, source), source));
        }

        var files = Directory.Exists(keyFolder) ? Directory.GetFiles(keyFolder, "*" + FileExtension) : [];
        foreach (var path in files.Order(StringComparer.Ordinal))
        {
            var source = $"the key file {path}";
            Add(keys, (Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), source), source));
        }

        if (keys.Count == 0)
        {
            var generated = Generate(keyFolder, clock);
            logger.LogWarning(
                "No audit key was configured, so key {KeyId} was generated in {KeyFolder}. Keep it (and back it up) with the database: " +
                "without it the logs it signs cannot be verified. Every instance of the app must hold the same keys.",
                generated.Id, keyFolder);
            keys.Add(generated.Id, (generated, keyFolder));
        }

        var currentId = options.CurrentKeyId;
        if (string.IsNullOrWhiteSpace(currentId))
        {
            currentId = keys.Count == 1
                ? keys.Keys.Single()
                : throw Invalid($"{AuditOptions.Section}:CurrentKeyId is not set, and there are {keys.Count} keys ({Ids(keys)}): " +
                    "set it to the id of the key that signs new entries.");
        }

        if (!keys.ContainsKey(currentId))
        {
            throw Invalid($"{AuditOptions.Section}:CurrentKeyId is '{currentId}', but no key has that id (keys: {Ids(keys)}).");
        }

        var ring = new AuditKeyring(keys.Values.Select(k => k.Key), currentId);
        logger.LogInformation("Audit logs are signed with key {KeyId}; {Count} key(s) held to verify them.", ring.Current.Id, keys.Count);
        return ring;
    }

    /// <summary>The key folder to use: the configured one, or the default for the database.</summary>
    /// <param name="options">The <c>Audit</c> section.</param>
    /// <param name="contentRoot">Base of relative paths.</param>
    /// <param name="embeddedDataFolder">The embedded database's folder; null on PostgreSQL.</param>
    public static string KeyFolderOf(AuditOptions options, string contentRoot, string? embeddedDataFolder) =>
        !string.IsNullOrWhiteSpace(options.KeyFolder) ? Path.GetFullPath(options.KeyFolder, contentRoot)
        : embeddedDataFolder is not null ? Path.Combine(embeddedDataFolder, AuditOptions.EmbeddedKeyFolderName)
        : Path.Combine(contentRoot, "keys", "audit");

    private static AuditKey Parse(string id, string? base64, string source)
    {
        if (!AuditKey.IsValidId(id))
        {
            throw Invalid($"{source}: a key id is 1 to {AuditKey.MaxIdLength} letters, digits, '-', '_' or '.' (and does not start with '.'); '{id}' is not.");
        }

        var text = base64?.Trim() ?? string.Empty;
        var bytes = new byte[text.Length];
        if (text.Length == 0 || !Convert.TryFromBase64String(text, bytes, out var length))
        {
            throw Invalid($"{source} is not valid base64. Make a key with 'openssl rand -base64 32'.");
        }

        if (length < AuditKey.MinimumLength)
        {
            throw Invalid($"{source} holds {length} bytes; an audit key needs at least {AuditKey.MinimumLength} random bytes. " +
                "Make one with 'openssl rand -base64 32'.");
        }

        return new AuditKey(id, bytes.AsSpan(0, length));
    }

    private static void Add(Dictionary<string, (AuditKey Key, string Source)> keys, (AuditKey Key, string Source) entry)
    {
        if (keys.TryGetValue(entry.Key.Id, out var existing) && !existing.Key.HasSameSecretAs(entry.Key))
        {
            throw Invalid($"the key '{entry.Key.Id}' is defined twice with different values ({existing.Source} and {entry.Source}).");
        }

        keys[entry.Key.Id] = entry;
    }

    private static AuditKey Generate(string folder, TimeProvider clock)
    {
        var id = $"{clock.GetUtcNow():yyyyMMdd}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}";
        var key = AuditKey.Generate(id);
        var path = Path.Combine(folder, id + FileExtension);
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, file);
            writer.WriteLine(key.ExportBase64());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Invalid($"no key is configured, and a new one cannot be written to {folder} ({e.Message}). " +
                $"Set {AuditOptions.Section}:Keys:<id> (base64 of at least {AuditKey.MinimumLength} random bytes), " +
                $"or point {AuditOptions.Section}:KeyFolder at a writable folder or at a folder of <id>.key files.");
        }

        return key;
    }

    private static string Ids(Dictionary<string, (AuditKey Key, string Source)> keys) => string.Join(", ", keys.Keys.Order(StringComparer.Ordinal));

    private static InvalidOperationException Invalid(string problem) => new($"The audit key settings are invalid: {problem}");
}

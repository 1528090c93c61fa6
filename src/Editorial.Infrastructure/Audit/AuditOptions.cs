namespace Editorial.Infrastructure.Audit;

/// <summary>
/// The <c>Audit</c> configuration section: the keys that sign the article logs and the security log.
/// Keys come from settings (<c>Audit:Keys:&lt;id&gt;</c>, base64 of at least 32 random bytes) and
/// from a folder of files (<c>&lt;id&gt;.key</c>, base64), so that secrets can be mounted files.
/// With neither, one key is generated in the key folder.
/// </summary>
public sealed class AuditOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Audit";

    /// <summary>Name of the default key folder beside the embedded database.</summary>
    public const string EmbeddedKeyFolderName = "audit-keys";

    /// <summary>Keys by id, base64.</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The id of the key that signs new entries; may be left out when there is one key.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>A folder of <c>&lt;id&gt;.key</c> files. Default: <c>audit-keys</c> beside the
    /// embedded database, or <c>keys/audit</c> under the content root with PostgreSQL.</summary>
    public string? KeyFolder { get; set; }
}

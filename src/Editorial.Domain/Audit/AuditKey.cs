using System.Security.Cryptography;

namespace Editorial.Domain.Audit;

/// <summary>
/// A secret that signs audit entries (HMAC-SHA256), named by an id that the entries store. The key
/// itself never goes into the database: whoever can write the database but does not hold the key
/// cannot make an entry that verifies.
/// </summary>
public sealed class AuditKey
{
    /// <summary>The fewest secret bytes a key may have: as many as the hash it keys.</summary>
    public const int MinimumLength = 32;

    /// <summary>The longest id (it is stored with every entry).</summary>
    public const int MaxIdLength = 64;

    private readonly byte[] _secret;

    /// <summary>A key with <paramref name="id"/> over <paramref name="secret"/> (copied).</summary>
    /// <exception cref="ArgumentException">The id is not 1–64 letters, digits, '-', '_' or '.', or
    /// the secret is shorter than <see cref="MinimumLength"/> bytes.</exception>
    public AuditKey(string id, ReadOnlySpan<byte> secret)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException(
                $"An audit key id is 1 to {MaxIdLength} letters, digits, '-', '_' or '.'; '{id}' is not.", nameof(id));
        }

        if (secret.Length < MinimumLength)
        {
            throw new ArgumentException(
                $"Audit key '{id}' has {secret.Length} bytes; a key needs at least {MinimumLength} random bytes.", nameof(secret));
        }

        Id = id;
        _secret = secret.ToArray();
    }

    /// <summary>The key's name, stored with each entry it signs.</summary>
    public string Id { get; }

    /// <summary>Whether <paramref name="id"/> can name a key (it is also a file name in a key folder).</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && id[0] != '.'
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>A new key of <see cref="MinimumLength"/> random bytes.</summary>
    public static AuditKey Generate(string id) => new(id, RandomNumberGenerator.GetBytes(MinimumLength));

    /// <summary>Whether both keys hold the same secret (in constant time).</summary>
    public bool HasSameSecretAs(AuditKey other) => CryptographicOperations.FixedTimeEquals(_secret, other._secret);

    /// <summary>The secret as base64, the form key files and settings hold.</summary>
    public string ExportBase64() => Convert.ToBase64String(_secret);

    /// <summary>HMAC-SHA256 of <paramref name="data"/> under this key.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => HMACSHA256.HashData(_secret, data);

    /// <summary>The id only: a key must never reach a log by accident.</summary>
    public override string ToString() => $"AuditKey {Id}";
}

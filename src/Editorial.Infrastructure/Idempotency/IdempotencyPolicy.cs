namespace Editorial.Infrastructure.Idempotency;

/// <summary>The rules of <c>Idempotency-Key</c>: what a key may be and how long an answer is kept.</summary>
public static class IdempotencyPolicy
{
    /// <summary>The request header.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The answer header that marks a replayed answer.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>Longest key.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>How long an answer is kept for retries (at least 24 hours, as clients are told).</summary>
    public static TimeSpan KeptFor { get; } = TimeSpan.FromHours(48);

    /// <summary>Whether <paramref name="key"/> is usable: 1 to <see cref="MaxKeyLength"/> printable ASCII characters.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.All(c => c is >= '!' and <= '~');

    /// <summary>What identifies a request for its key: SHA-256 (hex) of the method, the path and query, and the body.</summary>
    public static string RequestHash(string method, string pathAndQuery, byte[] body)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{method} {pathAndQuery}\n"));
        sha.AppendData(body);
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}

using Editorial.Domain.Audit;

namespace Editorial.Web.Api;

/// <summary>What <c>…/verify</c> answers.</summary>
/// <param name="Intact">Whether every entry is as it was written.</param>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="FirstBrokenSequence">The first entry that does not fit.</param>
/// <param name="Problem">What is wrong with it.</param>
/// <param name="HeadSequence">The last entry's sequence.</param>
/// <param name="HeadHash">The last entry's hash, when intact: record it with <paramref name="HeadSequence"/>
/// outside the database, and pass both back later (<c>?sequence=&amp;hash=</c>) to find entries removed from the end.</param>
public sealed record ChainVerificationResponse(bool Intact, long Entries, long? FirstBrokenSequence, string? Problem, long HeadSequence, string? HeadHash)
{
    /// <summary>The response for <paramref name="result"/>.</summary>
    public static ChainVerificationResponse From(ChainVerification result) =>
        new(result.IsIntact, result.Entries, result.FirstBrokenSequence, result.Problem, result.HeadSequence, result.HeadHash);

    /// <summary>The checkpoint a caller passed as <c>?sequence=&amp;hash=</c>, if any.</summary>
    /// <exception cref="BadHttpRequestException">Only one of the two, or not a sequence and a SHA-256 hex hash.</exception>
    public static ChainCheckpoint? CheckpointFrom(long? sequence, string? hash)
    {
        if (sequence is null && string.IsNullOrEmpty(hash))
        {
            return null;
        }

        if (sequence is not > 0 || hash is not { Length: 64 } || !hash.All(char.IsAsciiHexDigitLower))
        {
            throw new BadHttpRequestException(
                "A checkpoint is a sequence (1 or more) and the 64-character lowercase hex hash verify reported for it; give both or neither.");
        }

        return new ChainCheckpoint(sequence.Value, hash);
    }
}

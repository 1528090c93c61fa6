namespace Editorial.Domain.Audit;

/// <summary>The result of checking a log.</summary>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="FirstBrokenSequence">The first entry that does not fit; null when intact.</param>
/// <param name="Problem">What is wrong with it.</param>
/// <param name="HeadSequence">The last entry's sequence (0 for an empty log).</param>
/// <param name="HeadHash">The last entry's hash when the log is intact: record it elsewhere with
/// <paramref name="HeadSequence"/>, and check later against it (<see cref="ChainCheckpoint"/>) to
/// find entries removed from the end, which the chain alone cannot show.</param>
public sealed record ChainVerification(long Entries, long? FirstBrokenSequence, string? Problem, long HeadSequence = 0, string? HeadHash = null)
{
    /// <summary>Whether every entry is as it was written.</summary>
    public bool IsIntact => FirstBrokenSequence is null;

    /// <summary>Walks the log in sequence order and reports the first entry that does not fit.</summary>
    /// <param name="entries">The whole log, in sequence order.</param>
    /// <param name="keyring">The keys to verify with.</param>
    /// <param name="acceptsUnkeyedStart">Whether entries written before keys were used may open the log.</param>
    /// <param name="checkpoint">A head recorded earlier that must still be there.</param>
    public static ChainVerification Of(IEnumerable<IChainedEntry> entries, AuditKeyring keyring, bool acceptsUnkeyedStart = true,
        ChainCheckpoint? checkpoint = null)
    {
        var verifier = new ChainVerifier(keyring, acceptsUnkeyedStart, checkpoint);
        foreach (var entry in entries)
        {
            verifier.Add(entry);
        }

        return verifier.Finish();
    }
}

namespace Editorial.Domain.Audit;

/// <summary>The result of checking an article's log.</summary>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="FirstBrokenSequence">The first entry that does not fit; null when intact.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record ChainVerification(int Entries, long? FirstBrokenSequence, string? Problem)
{
    /// <summary>Whether every entry is as it was written.</summary>
    public bool IsIntact => FirstBrokenSequence is null;

    /// <summary>Walks the log in sequence order and reports the first entry that does not fit.</summary>
    public static ChainVerification Of(IReadOnlyList<AuditEvent> entries)
    {
        var previousHash = string.Empty;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Sequence != i + 1)
            {
                return new ChainVerification(entries.Count, entry.Sequence, $"entry {i + 1} is missing (found {entry.Sequence} in its place)");
            }

            if (entry.PreviousHash != previousHash)
            {
                return new ChainVerification(entries.Count, entry.Sequence, "it does not follow the entry before it");
            }

            if (entry.ComputeHash() != entry.Hash)
            {
                return new ChainVerification(entries.Count, entry.Sequence, "its content was changed after it was written");
            }

            previousHash = entry.Hash;
        }

        return new ChainVerification(entries.Count, null, null);
    }
}

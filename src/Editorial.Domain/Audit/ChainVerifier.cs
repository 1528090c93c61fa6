using System.Security.Cryptography;
using System.Text;

namespace Editorial.Domain.Audit;

/// <summary>
/// Walks a chain entry by entry, in sequence order, so that a long log can be checked in batches,
/// and reports the first entry that does not fit. Rules: sequences are consecutive from 1; each
/// entry carries the previous entry's hash; a keyed entry's HMAC verifies under the key it names,
/// which must be in the ring; unkeyed (legacy) entries are accepted only where allowed and only
/// before the first keyed entry; and a log must hold at least one keyed entry, so that re-hashing
/// it all without a key does not pass.
/// </summary>
public sealed class ChainVerifier
{
    private readonly AuditKeyring _keyring;
    private readonly bool _acceptsUnkeyedStart;
    private readonly ChainCheckpoint? _checkpoint;
    private string _previousHash = string.Empty;
    private bool _seenKeyed;
    private long _entries;
    private long? _brokenAt;
    private string? _problem;
    private bool _checkpointSeen;

    /// <summary>A verifier of one chain.</summary>
    /// <param name="keyring">The keys to verify with.</param>
    /// <param name="acceptsUnkeyedStart">Whether entries written before keys were used may open the chain.</param>
    /// <param name="checkpoint">A head recorded earlier that must still be in the chain, unchanged.</param>
    public ChainVerifier(AuditKeyring keyring, bool acceptsUnkeyedStart, ChainCheckpoint? checkpoint = null)
    {
        _keyring = keyring;
        _acceptsUnkeyedStart = acceptsUnkeyedStart;
        _checkpoint = checkpoint;
    }

    /// <summary>Whether no entry so far broke the chain.</summary>
    public bool IsIntact => _brokenAt is null;

    /// <summary>Checks the next entry; after the first broken one, the rest are only counted.</summary>
    /// <returns>Whether the chain is still intact.</returns>
    public bool Add(IChainedEntry entry)
    {
        _entries++;
        if (_brokenAt is not null)
        {
            return false;
        }

        var problem = ProblemWith(entry);
        if (problem is not null)
        {
            (_brokenAt, _problem) = (entry.Sequence, problem);
            return false;
        }

        if (_checkpoint is { } checkpoint && entry.Sequence == checkpoint.Sequence)
        {
            _checkpointSeen = true;
            if (!SameHash(entry.Hash, checkpoint.Hash))
            {
                (_brokenAt, _problem) = (entry.Sequence, "it is not the entry recorded at the checkpoint (its hash differs)");
                return false;
            }
        }

        _previousHash = entry.Hash;
        _seenKeyed |= entry.KeyId is not null;
        return true;
    }

    /// <summary>The result, once every entry was added.</summary>
    public ChainVerification Finish()
    {
        var head = _entries;
        if (_brokenAt is null && _entries > 0 && !_seenKeyed)
        {
            (_brokenAt, _problem) = (_entries,
                "no entry of the log is signed with this server's key: its signed entries were removed, or the log was rewritten");
        }

        if (_brokenAt is null && _checkpoint is { } checkpoint && !_checkpointSeen)
        {
            (_brokenAt, _problem) = (checkpoint.Sequence,
                $"the log ends at entry {_entries}, but entry {checkpoint.Sequence} was recorded at the checkpoint: entries were removed from its end");
        }

        return new ChainVerification(_entries, _brokenAt, _problem, head, IsIntact ? _previousHash : null);
    }

    private string? ProblemWith(IChainedEntry entry)
    {
        if (entry.Sequence != _entries)
        {
            return $"entry {_entries} is missing (found {entry.Sequence} in its place)";
        }

        if (entry.PreviousHash != _previousHash)
        {
            return "it does not follow the entry before it";
        }

        AuditKey? key = null;
        if (entry.KeyId is null)
        {
            if (!_acceptsUnkeyedStart)
            {
                return "it is not signed with a server key";
            }

            if (_seenKeyed)
            {
                return "it is not signed with a server key, yet it follows signed entries (only entries written before keys were used may be unsigned)";
            }
        }
        else
        {
            key = _keyring.Find(entry.KeyId);
            if (key is null)
            {
                return $"it is signed with key '{entry.KeyId}', which this server does not have";
            }
        }

        return SameHash(entry.ComputeHash(key), entry.Hash) ? null : "its content was changed after it was written";
    }

    // Constant time, so that timing the check tells nothing about how close a forged hash came.
    private static bool SameHash(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}

namespace Editorial.Domain.Audit;

/// <summary>
/// The keys this server holds: the current one signs new entries; older ones stay to verify the
/// entries they signed (rotation). An entry whose key is not here cannot be verified.
/// </summary>
public sealed class AuditKeyring
{
    private readonly Dictionary<string, AuditKey> _keys;

    /// <summary>A ring of <paramref name="keys"/> whose key <paramref name="currentId"/> signs.</summary>
    /// <exception cref="ArgumentException">Two keys share an id, or none has <paramref name="currentId"/>.</exception>
    public AuditKeyring(IEnumerable<AuditKey> keys, string currentId)
    {
        _keys = new Dictionary<string, AuditKey>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!_keys.TryAdd(key.Id, key))
            {
                throw new ArgumentException($"Two audit keys have the id '{key.Id}'.", nameof(keys));
            }
        }

        Current = _keys.GetValueOrDefault(currentId)
            ?? throw new ArgumentException(
                $"The current audit key '{currentId}' is not among the keys ({string.Join(", ", Ids)}).", nameof(currentId));
    }

    /// <summary>The key that signs new entries.</summary>
    public AuditKey Current { get; }

    /// <summary>The ids of every key held, in order.</summary>
    public IReadOnlyList<string> Ids => _keys.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The key named <paramref name="id"/>, or null when this server does not hold it.</summary>
    public AuditKey? Find(string id) => _keys.GetValueOrDefault(id);
}

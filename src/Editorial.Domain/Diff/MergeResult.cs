namespace Editorial.Domain.Diff;

/// <summary>
/// The outcome of a three-way merge: the merged text when nothing overlaps; otherwise the parts
/// in order — agreed text and conflicts — so that the chosen side of every conflict can be put
/// back together with <see cref="Resolve"/>.
/// </summary>
public sealed class MergeResult
{
    private readonly IReadOnlyList<object> _parts;

    internal MergeResult(IReadOnlyList<object> parts)
    {
        _parts = parts;
        Conflicts = parts.OfType<MergeConflict>().ToList();
    }

    /// <summary>The overlapping changes; empty when the merge is clean.</summary>
    public IReadOnlyList<MergeConflict> Conflicts { get; }

    /// <summary>Whether both sides' changes could all be kept.</summary>
    public bool IsClean => Conflicts.Count == 0;

    /// <summary>The merged text (for a clean merge).</summary>
    /// <exception cref="InvalidOperationException">There are conflicts to resolve first.</exception>
    public string Text => IsClean ? Resolve(new Dictionary<int, bool>()) : throw new InvalidOperationException("The merge has conflicts.");

    /// <summary>The text with each conflict resolved to mine (true) or theirs (false), by index.</summary>
    /// <exception cref="EditorialDomainException">A conflict has no choice.</exception>
    public string Resolve(IReadOnlyDictionary<int, bool> keepMine)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in _parts)
        {
            if (part is MergeConflict conflict)
            {
                if (!keepMine.TryGetValue(conflict.Index, out var mine))
                {
                    throw new EditorialDomainException($"Choose a side for conflict {conflict.Index + 1}.");
                }

                text.Append(mine ? conflict.Mine : conflict.Theirs);
            }
            else
            {
                text.Append((string)part);
            }
        }

        return text.ToString();
    }
}

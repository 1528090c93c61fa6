namespace Editorial.Domain.Diff;

/// <summary>A run of characters of a revision's body that one revision (and its author) introduced.</summary>
/// <param name="Start">UTF-16 offset of the run.</param>
/// <param name="Length">Its length.</param>
/// <param name="RevisionNumber">The revision that wrote these characters.</param>
/// <param name="AuthorId">Who wrote them; null for the system (imports).</param>
public readonly record struct AttributionSpan(int Start, int Length, int RevisionNumber, string? AuthorId)
{
    /// <summary>Offset just past the run.</summary>
    public int End => Start + Length;
}

namespace Editorial.Domain.Diff;

/// <summary>
/// One change: the old text's range [OldStart, OldStart + OldLength) became the new text's range
/// [NewStart, NewStart + NewLength). Offsets are UTF-16 code units. A pure insertion has OldLength 0;
/// a pure deletion NewLength 0.
/// </summary>
public readonly record struct DiffHunk(int OldStart, int OldLength, int NewStart, int NewLength)
{
    /// <summary>Offset just past the old range.</summary>
    public int OldEnd => OldStart + OldLength;

    /// <summary>Offset just past the new range.</summary>
    public int NewEnd => NewStart + NewLength;
}

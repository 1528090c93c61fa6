namespace Editorial.Domain.Annotations;

/// <summary>W3C TextPositionSelector, in UTF-16 code units of the body (the export converts to code points).</summary>
/// <param name="Start">Offset of the first selected character.</param>
/// <param name="End">Offset just past the last.</param>
public readonly record struct TextPositionSelector(int Start, int End)
{
    /// <summary>How many UTF-16 code units are selected.</summary>
    public int Length => End - Start;
}

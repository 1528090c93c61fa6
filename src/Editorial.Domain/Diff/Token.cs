namespace Editorial.Domain.Diff;

/// <summary>A token: where it is in its text (UTF-16 offsets) and what it is.</summary>
/// <param name="Start">Offset of its first code unit.</param>
/// <param name="Length">Its length in code units.</param>
/// <param name="Kind">What it is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just past it.</summary>
    public int End => Start + Length;

    /// <summary>Whether it is whitespace (a space run or a line break).</summary>
    public bool IsWhitespace => Kind is TokenKind.Space or TokenKind.LineBreak;
}

namespace Editorial.Domain.Text;

/// <summary>A run of text that is unchanged, deleted or inserted.</summary>
/// <param name="Operation">What happened to it.</param>
/// <param name="Text">The text.</param>
public sealed record DiffSegment(DiffOperation Operation, string Text);

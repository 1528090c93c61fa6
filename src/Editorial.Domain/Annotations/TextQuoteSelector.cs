namespace Editorial.Domain.Annotations;

/// <summary>W3C TextQuoteSelector: the quoted words with enough text either side to be unique.</summary>
/// <param name="Exact">The selected text.</param>
/// <param name="Prefix">Text just before it.</param>
/// <param name="Suffix">Text just after it.</param>
public sealed record TextQuoteSelector(string Exact, string Prefix, string Suffix);

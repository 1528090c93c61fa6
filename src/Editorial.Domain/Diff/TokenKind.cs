namespace Editorial.Domain.Diff;

/// <summary>What a token of prose is.</summary>
public enum TokenKind
{
    /// <summary>Letters, marks and digits, with inner apostrophes and hyphens ("hands-on", "regime’s").</summary>
    Word,

    /// <summary>A figure: digits with separators, decimals, a currency sign, a suffix or % ("$3.2bn", "6.5%").</summary>
    Number,

    /// <summary>A run of spaces and tabs.</summary>
    Space,

    /// <summary>A line break.</summary>
    LineBreak,

    /// <summary>One punctuation mark, symbol or emoji (a whole grapheme cluster).</summary>
    Symbol,
}

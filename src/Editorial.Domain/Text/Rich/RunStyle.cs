namespace Editorial.Domain.Text.Rich;

/// <summary>The emphasis a run of text carries.</summary>
[Flags]
public enum RunStyle
{
    /// <summary>Roman.</summary>
    None = 0,

    /// <summary>Bold (strong emphasis).</summary>
    Bold = 1,

    /// <summary>Italic (emphasis).</summary>
    Italic = 2,
}

namespace Editorial.Domain.Text;

/// <summary>Size limits on article text, counted in UTF-16 code units after normalization.</summary>
/// <param name="MaxTitleLength">Longest allowed title.</param>
/// <param name="MaxBodyLength">Longest allowed body.</param>
public sealed record TextLimits(int MaxTitleLength, int MaxBodyLength)
{
    /// <summary>The design's defaults: a 300-character title and a 200,000-character body.</summary>
    public static TextLimits Default { get; } = new(300, 200_000);
}

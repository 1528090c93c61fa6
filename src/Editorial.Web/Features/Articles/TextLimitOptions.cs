using Editorial.Domain.Text;

namespace Editorial.Web.Features.Articles;

/// <summary>The text limits (configuration section <c>Text</c>), checked at startup.</summary>
public sealed class TextLimitOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Text";

    /// <summary>Longest title, in characters.</summary>
    public int MaxTitleLength { get; set; } = TextLimits.Default.MaxTitleLength;

    /// <summary>Longest body, in characters.</summary>
    public int MaxBodyLength { get; set; } = TextLimits.Default.MaxBodyLength;

    /// <summary>Registers the options, refusing to start with limits that cannot work.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddOptions<TextLimitOptions>().BindConfiguration(Section)
            .Validate(o => o.MaxTitleLength is >= 1 and <= 10_000, "Text:MaxTitleLength must be between 1 and 10,000 characters.")
            .Validate(o => o.MaxBodyLength is >= 1 and <= 10_000_000, "Text:MaxBodyLength must be between 1 and 10,000,000 characters.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<TextLimitOptions>>().Value;
            return new TextLimits(limits.MaxTitleLength, limits.MaxBodyLength);
        });
    }
}

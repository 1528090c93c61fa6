using MudBlazor;

namespace Editorial.Web.Components.Layout;

/// <summary>The newsroom's look: ink-blue primary, a warm accent for what needs attention.</summary>
public static class EditorialTheme
{
    /// <summary>The MudBlazor theme, with its light and dark palettes.</summary>
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f3a5f",
            Secondary = "#b5651d",
            AppbarBackground = "#1f3a5f",
            Background = "#f7f7f5",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8fb4e3",
            Secondary = "#e0a36a",
            AppbarBackground = "#15202e",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Inter", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}

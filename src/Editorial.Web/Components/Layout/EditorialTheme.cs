using MudBlazor;

namespace Editorial.Web.Components.Layout;

/// <summary>
/// The newsroom's look: ink-blue primary, a warm accent for what needs attention. Every colour is
/// chosen for WCAG AA contrast (4.5:1) both as text on the page and under its own contrast text:
/// MudBlazor's defaults are not (its success green under white text is 2.2:1, its grey helper text
/// 4.48:1, and a light primary under white text in dark mode 2.1:1). The browser suite's axe-core
/// audit of every page in both modes keeps it so (tests/Editorial.EndToEndTests/AccessibilityTests.cs).
/// </summary>
public static class EditorialTheme
{
    /// <summary>Dark text for the light fills of the dark palette.</summary>
    private const string Ink = "#0d1b2a";

    /// <summary>The MudBlazor theme, with its light and dark palettes.</summary>
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f3a5f",
            Secondary = "#9a4f0f",
            AppbarBackground = "#1f3a5f",
            Background = "#f7f7f5",
            TextSecondary = "rgba(0,0,0,0.64)",
            ActionDefault = "rgba(0,0,0,0.64)",
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#a14a00",
            Error = "#c62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8fb4e3",
            PrimaryContrastText = Ink,
            Secondary = "#e0a36a",
            SecondaryContrastText = Ink,
            AppbarBackground = "#15202e",
            TextSecondary = "rgba(255,255,255,0.72)",
            ActionDefault = "rgba(255,255,255,0.72)",
            Info = "#9ccaff",
            InfoContrastText = Ink,
            Success = "#5fd39a",
            SuccessContrastText = Ink,
            Warning = "#ffb74d",
            WarningContrastText = Ink,
            Error = "#ff8a80",
            ErrorContrastText = Ink,
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

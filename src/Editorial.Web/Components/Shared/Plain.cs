using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Editorial.Web.Components.Shared;

/// <summary>
/// MudBlazor's look for what is only shown (an icon, a label), as plain elements rather than components.
/// The article page's panels render again on every live change: each MudBlazor component there costs every
/// open page a component of its own with two render-tree buffers (a few KB) and a render of its own per
/// change, where these cost only their elements (docs/benchmarks.md, "Many open pages of one article").
/// Anything a user acts on stays a MudBlazor component.
/// </summary>
public static class Plain
{
    /// <summary>A decorative icon (hidden from screen readers), as <c>MudIcon</c> draws it.</summary>
    /// <param name="icon">An icon from <see cref="Icons"/>: MudBlazor's own SVG markup, never user text.</param>
    public static RenderFragment Icon(string icon, Color color = Color.Default, Size size = Size.Small) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", color == Color.Default
            ? $"mud-icon-root mud-svg-icon mud-icon-size-{Name(size)}"
            : $"mud-icon-root mud-svg-icon mud-{Name(color)}-text mud-icon-size-{Name(size)}");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    };

    /// <summary>A small label that is not clicked, as <c>MudChip</c> draws it; <paramref name="text"/> is escaped.</summary>
    /// <param name="icon">A decorative icon before the text (see <see cref="Icon"/>), if any.</param>
    public static RenderFragment Chip(string text, Color color = Color.Default, Variant variant = Variant.Outlined,
        string? testId = null, string? ariaCurrent = null, string? cssClass = null, string? icon = null) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", cssClass is null ? "mud-chip-container" : $"mud-chip-container {cssClass}");
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", $"mud-chip mud-chip-{Name(variant)} mud-chip-size-small mud-chip-color-{Name(color)}");
        builder.AddAttribute(4, "data-testid", testId);
        builder.AddAttribute(5, "aria-current", ariaCurrent);
        if (icon is not null)
        {
            builder.AddContent(6, Icon(icon));
        }

        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", "mud-chip-content");
        builder.AddContent(9, text);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    /// <summary>A UTC time, readable and machine-readable (<c>UtcTime</c> draws it too).</summary>
    public static RenderFragment Time(DateTime value) => builder =>
    {
        builder.OpenElement(0, "time");
        builder.AddAttribute(1, "datetime", value.ToString("O", CultureInfo.InvariantCulture));
        builder.AddAttribute(2, "title", value.ToString("u", CultureInfo.InvariantCulture));
        builder.AddContent(3, value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC");
        builder.CloseElement();
    };

    private static string Name(Enum value) => value.ToString().ToLowerInvariant();
}

using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Editorial.Web.Components.Shared;

/// <summary>
/// MudBlazor's look for what is only shown (an icon, a label), as plain elements rather than components.
/// The article page's panels render again on every live change: each MudBlazor component there costs every
/// open page a component of its own with two render-tree buffers (a few KB) and a render of its own per
/// change, where these cost only their elements (docs/benchmarks.md, "Many open pages of one article").
/// Anything with a handler of its own stays a MudBlazor component; a link is only an element.
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

    /// <summary>A link drawn as <c>MudButton</c> draws one with an <c>Href</c>; <paramref name="text"/> is escaped.</summary>
    /// <param name="icon">A decorative icon before the text (see <see cref="Icon"/>).</param>
    public static RenderFragment LinkButton(string href, string text, string icon, Variant variant = Variant.Text,
        string? cssClass = null) => builder =>
    {
        builder.OpenElement(0, "a");
        builder.AddAttribute(1, "href", href);
        builder.AddAttribute(2, "class", Join(ButtonLook(variant, Color.Default), cssClass));
        builder.AddContent(3, ButtonLabel(text, icon));
        builder.CloseElement();
    };

    /// <summary>A form's submit button drawn as <c>MudButton</c> draws one; <paramref name="text"/> is escaped.</summary>
    public static RenderFragment SubmitButton(string text, string icon, Color color = Color.Default) => builder =>
    {
        builder.OpenElement(0, "button");
        builder.AddAttribute(1, "type", "submit");
        builder.AddAttribute(2, "class", ButtonLook(Variant.Text, color));
        builder.AddContent(3, ButtonLabel(text, icon));
        builder.CloseElement();
    };

    /// <summary>A link that is only an icon, drawn as <c>MudIconButton</c> draws one with an <c>Href</c>.</summary>
    /// <param name="label">What the link does: its accessible name and its tooltip.</param>
    public static RenderFragment IconLink(string href, string label, string icon, string cssClass = "") => builder =>
    {
        builder.OpenElement(0, "a");
        builder.AddAttribute(1, "href", href);
        builder.AddAttribute(2, "class", $"mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover {cssClass}");
        builder.AddAttribute(3, "aria-label", label);
        builder.AddAttribute(4, "title", label);
        builder.OpenElement(5, "span");
        builder.AddAttribute(6, "class", "mud-icon-button-label");
        builder.AddContent(7, Icon(icon, size: Size.Medium));
        builder.CloseElement();
        builder.CloseElement();
    };

    private static string ButtonLook(Variant variant, Color color) =>
        $"mud-button-root mud-button mud-button-{Name(variant)} mud-button-{Name(variant)}-{Name(color)} mud-button-{Name(variant)}-size-medium";

    private static RenderFragment ButtonLabel(string text, string icon) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "mud-button-label");
        builder.OpenElement(2, "span");
        builder.AddAttribute(3, "class", "mud-button-icon-start mud-button-icon-size-medium");
        builder.AddContent(4, Icon(icon, size: Size.Medium));
        builder.CloseElement();
        builder.AddContent(5, text);
        builder.CloseElement();
    };

    private static string Join(string look, string? cssClass) => cssClass is null ? look : $"{look} {cssClass}";

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

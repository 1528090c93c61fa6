using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace Editorial.Web.Components.Layout;

/// <summary>
/// MudBlazor's theme provider, drawing its stylesheet from one copy shared by every open page. The base
/// class builds the theme's CSS (about 24 KB) as a new string on every render and each page's render
/// tree keeps two of them (the current and the previous render): 48 KB of every open page's memory for
/// text that is the same for every reader (docs/benchmarks.md, "Where a page's memory goes"). The
/// markup is the base class's; only the strings are shared.
/// </summary>
public sealed class SharedThemeProvider : MudThemeProvider
{
    // The stylesheets seen so far, each kept once: the light and the dark one of EditorialTheme. Bounded,
    // should themes ever be built per reader: past the bound a stylesheet is simply not shared.
    private const int MostStylesheets = 8;
    private static readonly ConcurrentDictionary<string, string> Stylesheets = new(StringComparer.Ordinal);

    private const string ChartStyle = "<style>\n    .mud-chart-serie:hover {\n        filter: url(#lighten);\n    }\n\n" +
        "    .mud-chart-serie-hovered \n    {\n        filter: url(#lighten);\n    }\n</style>\n\n";

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (!DefaultScrollbar)
        {
            builder.AddContent(0, (MarkupString)Shared(BuildMudBlazorScrollbar()));
        }

        builder.AddMarkupContent(1, ChartStyle);
        builder.AddContent(2, (MarkupString)Shared(BuildTheme()));
    }

    private static string Shared(string stylesheet) =>
        Stylesheets.TryGetValue(stylesheet, out var shared) ? shared
        : Stylesheets.Count < MostStylesheets ? Stylesheets.GetOrAdd(stylesheet, stylesheet)
        : stylesheet;
}

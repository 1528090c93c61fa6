namespace Editorial.Web.Components.Shared;

/// <summary>
/// What a panel last rendered from, so that it renders again only when that changed. The article page renders
/// after every re-read, and Blazor renders every child that takes an object again with it; a panel whose part
/// was not re-read still holds the very same objects, so comparing them (by <see cref="object.Equals(object)"/>:
/// records and values by value, other objects by reference) tells whether it has anything new to show.
/// A panel says what it renders from as it renders (<see cref="Rendering"/>, first in its markup) and asks
/// <see cref="Differ"/> in <c>ShouldRender</c>. Callbacks are left out: a panel's callbacks always lead to the
/// same page's methods.
/// </summary>
public sealed class RenderedInputs
{
    private object?[]? _rendered;

    /// <summary>The panel is rendering from <paramref name="inputs"/>.</summary>
    public void Rendering(params object?[] inputs) => _rendered = inputs;

    /// <summary>Whether <paramref name="inputs"/> differ from what the panel last rendered from.</summary>
    public bool Differ(params object?[] inputs) =>
        _rendered is null || inputs.Length != _rendered.Length || !inputs.Zip(_rendered).All(pair => Equals(pair.First, pair.Second));
}

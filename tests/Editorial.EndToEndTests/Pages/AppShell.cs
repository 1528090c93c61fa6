using Microsoft.Playwright;

namespace Editorial.EndToEndTests.Pages;

/// <summary>The frame around every page: navigation and the signed-in user.</summary>
public sealed class AppShell(IPage page)
{
    /// <summary>The main navigation menu.</summary>
    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    /// <summary>A link of the main navigation.</summary>
    public ILocator NavLink(string name) => Navigation.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>The signed-in user's name in the app bar.</summary>
    public ILocator SignedInUser => page.GetByTestId("signed-in-user");

    /// <summary>Waits until the page is live (interactive server rendering attached).</summary>
    public async Task WaitUntilInteractiveAsync() =>
        await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
}

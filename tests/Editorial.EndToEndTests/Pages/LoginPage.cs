using Microsoft.Playwright;

namespace Editorial.EndToEndTests.Pages;

/// <summary>The sign-in page, as a user fills it in.</summary>
public sealed class LoginPage(IPage page)
{
    /// <summary>Opens the sign-in page.</summary>
    public async Task OpenAsync() => await page.GotoAsync("/account/login");

    /// <summary>Types the credentials and presses "Sign in".</summary>
    public async Task SignInAsync(string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>The error the page shows after a refused sign-in.</summary>
    public ILocator Error => page.GetByTestId("login-error");
}

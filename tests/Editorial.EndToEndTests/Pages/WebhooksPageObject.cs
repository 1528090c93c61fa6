using Microsoft.Playwright;

namespace Editorial.EndToEndTests.Pages;

/// <summary>The administrators' webhooks page, driven as an administrator drives it.</summary>
public sealed class WebhooksPageObject(IPage page)
{
    /// <summary>The open endpoint dialog.</summary>
    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    /// <summary>Opens the dialog that registers an endpoint.</summary>
    public async Task OpenRegisterDialogAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Register endpoint" }).ClickAsync();
        await Assertions.Expect(Dialog).ToBeVisibleAsync();
    }

    /// <summary>Registers an endpoint in the open dialog (the approved event is ticked already) and returns the secret shown.</summary>
    public async Task<string> RegisterAsync(string name, string url, params string[] moreEvents)
    {
        await Dialog.GetByLabel("Name").FillAsync(name);
        await Dialog.GetByLabel("Address").FillAsync(url);
        foreach (var meaning in moreEvents)
        {
            await Dialog.GetByRole(AriaRole.Checkbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(meaning)) }).CheckAsync();
        }

        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(Dialog).ToBeHiddenAsync();
        var secret = page.Locator("#webhook-secret-value");
        await Assertions.Expect(secret).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^whsec_"));
        return await secret.InputValueAsync();
    }
}

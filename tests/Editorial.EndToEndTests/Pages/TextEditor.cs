using Microsoft.Playwright;

namespace Editorial.EndToEndTests.Pages;

/// <summary>The article text editor: a formatted editing area (ProseMirror) with its toolbar.</summary>
/// <param name="page">The page it is on.</param>
/// <param name="name">The editing area's accessible name ("Article text (suggesting)" on the suggest page).</param>
public sealed class TextEditor(IPage page, string name = "Article text")
{
    /// <summary>The editing area.</summary>
    public ILocator Area => page.GetByRole(AriaRole.Textbox, new() { Name = name, Exact = true });

    /// <summary>The formatting toolbar.</summary>
    public ILocator Toolbar => page.GetByRole(AriaRole.Toolbar, new() { Name = "Formatting" });

    /// <summary>A toolbar button.</summary>
    public ILocator Button(string name) => Toolbar.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Replaces the whole text with <paramref name="text"/>, one paragraph per line, as a user selects all and pastes.</summary>
    public async Task ReplaceWithAsync(string text)
    {
        await Area.ClickAsync();
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await PasteAsync(text);
        await ExpectTextAsync(string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)));
    }

    /// <summary>Selects the first occurrence of <paramref name="words"/> in the text, as a drag with the mouse does.</summary>
    public async Task SelectAsync(string words)
    {
        await Area.FocusAsync();
        await BrowserSelection.SelectAsync(Area, words);
        // The editor takes the browser's selection on its selectionchange event.
        await page.WaitForFunctionAsync("words => document.getSelection().toString() === words", words);
        await Task.Delay(100);
    }

    /// <summary>Pastes at the cursor, as the browser does: plain text, and HTML when given (what Word or a web page puts on the clipboard).</summary>
    public Task PasteAsync(string text, string? html = null) => Area.EvaluateAsync(
        """
        (area, [text, html]) => {
          const data = new DataTransfer();
          data.setData('text/plain', text);
          if (html) data.setData('text/html', html);
          area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }
        """, new object?[] { text, html });

    /// <summary>The text, one line per paragraph, heading or list item.</summary>
    public Task<string> TextAsync() => Area.EvaluateAsync<string>(
        "area => Array.from(area.querySelectorAll('p, h1, h2')).map(block => block.textContent).join('\\n')");

    /// <summary>Waits until the text is <paramref name="expected"/> (one line per block).</summary>
    public async Task ExpectTextAsync(string expected)
    {
        await Assertions.Expect(Area).ToBeVisibleAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string actual;
        while ((actual = await TextAsync()) != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(expected, actual);
    }
}

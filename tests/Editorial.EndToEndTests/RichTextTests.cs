using System.Text.Json;
using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>
/// The rich-text editor, driven as a user drives it, and what readers and W3C clients then get.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RichTextTests(BrowserServer server)
{
    [Fact]
    public async Task AnEditor_FormatsText_WithShortcutsTheToolbarAndTheLinkDialog_AndReadersSeeIt()
    {
        var page = await server.SignedInPageAsync(DemoUsers.Editor);
        await page.GotoAsync("/articles/new");
        await new AppShell(page).WaitUntilInteractiveAsync();
        await page.Locator("#article-title").FillAsync("Formatted story");
        var editor = new TextEditor(page);
        await editor.Area.ClickAsync();

        await page.Keyboard.PressAsync("Control+Alt+1");
        await page.Keyboard.TypeAsync("Budget passes");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("The council approved ");
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.TypeAsync("$3.2bn");
        await Assertions.Expect(editor.Button("Bold")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.TypeAsync(" for ");
        await page.Keyboard.PressAsync("Control+K");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Textbox).FillAsync("javascript:alert(1)");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Textbox).FillAsync("example.org/roads");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(".");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("- Roads");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Schools");
        await editor.Button("Italic").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create article" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("revision")).ToContainTextAsync("Revision 1 ·");

        var body = page.GetByTestId("article-body");
        await Assertions.Expect(body.Locator("h2")).ToHaveTextAsync("Budget passes");
        await Assertions.Expect(body.Locator("strong")).ToHaveTextAsync("$3.2bn");
        var link = body.Locator("a");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "https://example.org/roads");
        await Assertions.Expect(body.Locator("ul > li")).ToHaveTextAsync(["Roads", "Schools"]);
        Assert.Equal("Budget passes\nThe council approved $3.2bn for https://example.org/roads.\nRoads\nSchools",
            await body.EvaluateAsync<string>("b => b.textContent"));

        // The editor reads back what was stored.
        await page.GotoAsync(page.Url.TrimEnd('/') + "/edit");
        await new AppShell(page).WaitUntilInteractiveAsync();
        await Assertions.Expect(editor.Area.Locator("h1")).ToHaveTextAsync("Budget passes");
        await Assertions.Expect(editor.Area.Locator("strong")).ToHaveTextAsync("$3.2bn");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PastingFromWord_KeepsParagraphsHeadingsListsLinksAndEmphasis_AndNothingInItRuns()
    {
        var page = await server.SignedInPageAsync(DemoUsers.Editor);
        var ran = false;
        page.Dialog += (_, dialog) => { ran = true; _ = dialog.DismissAsync(); };
        await page.GotoAsync("/articles/new");
        await new AppShell(page).WaitUntilInteractiveAsync();
        await page.Locator("#article-title").FillAsync("Pasted story");
        var editor = new TextEditor(page);
        await editor.Area.ClickAsync();
        await editor.PasteAsync("plain", """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style>
            <script>window.pasted = 1; alert(1)</script></head><body>
            <h1 class=MsoTitle>Council <span style="color:red">votes</span></h1>
            <p class=MsoNormal>The <b>mayor</b> said it was <i>historic</i>, <a href="https://example.org/vote">see the vote</a>
            and <a href="javascript:alert(2)">this</a>.<o:p></o:p></p>
            <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>Roads</p>
            <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>Schools</p>
            <img src=x onerror="alert(3)"><table><tr><td>Cell text</td></tr></table>
            <ul><li><ul><li><ul><li><ul><li><ul><li><ul><li>Deep</li></ul></li></ul></li></ul></li></ul></li></ul></li></ul>
            </body></html>
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create article" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("revision")).ToContainTextAsync("Revision 1 ·");

        var body = page.GetByTestId("article-body");
        await Assertions.Expect(body.Locator("h2")).ToHaveTextAsync("Council votes");
        await Assertions.Expect(body.Locator("strong")).ToHaveTextAsync("mayor");
        await Assertions.Expect(body.Locator("em")).ToHaveTextAsync("historic");
        await Assertions.Expect(body.Locator("a")).ToHaveCountAsync(1);
        await Assertions.Expect(body.Locator("a")).ToHaveAttributeAsync("href", "https://example.org/vote");
        await Assertions.Expect(body).ToContainTextAsync("and this.");
        await Assertions.Expect(body.Locator("ul").First.Locator("> li")).ToHaveTextAsync(["Roads", "Schools"]);
        await Assertions.Expect(body).ToContainTextAsync("Cell text");
        await Assertions.Expect(body).ToContainTextAsync("Deep");
        Assert.Empty(await body.Locator("img, table, script, style, span[style]").AllAsync());
        Assert.True(await body.EvaluateAsync<int>("b => { let depth = 0; for (let e = b.querySelector('li:last-of-type'); e; e = e.parentElement?.closest('ul, ol, blockquote')) depth++; return depth; }") <= 4);
        Assert.False(ran);
        Assert.False(await page.EvaluateAsync<bool>("() => 'pasted' in window"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACommentStaysOnItsWords_WhenTheyAreMadeBold()
    {
        var page = await server.SignedInPageAsync(DemoUsers.Editor);
        var url = await new ArticlePageObject(page).CreateAsync("Bold comment story", "Officials said over 6,000 troops were killed.\nThe site is secret.");
        await new CommentsPageObject(page).CommentAsync("over 6,000 troops", "Source for the figure?");
        await Assertions.Expect(page.GetByTestId("comment-highlight")).ToHaveTextAsync("over 6,000 troops");

        await page.GotoAsync(url.TrimEnd('/') + "/edit");
        await new AppShell(page).WaitUntilInteractiveAsync();
        var editor = new TextEditor(page);
        await editor.SelectAsync("over 6,000 troops");
        await page.Keyboard.PressAsync("Control+B");
        await Assertions.Expect(editor.Area.Locator("strong")).ToHaveTextAsync("over 6,000 troops");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved as revision 2")).ToBeVisibleAsync();

        var body = page.GetByTestId("article-body");
        await Assertions.Expect(body.Locator("strong")).ToHaveTextAsync("over 6,000 troops");
        await Assertions.Expect(body.Locator("strong [data-testid=comment-highlight]")).ToHaveTextAsync("over 6,000 troops");
        await Assertions.Expect(page.GetByTestId("anchor-status")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MakingWordsBoldAndAHeading_AreFormattingChanges_TheEditorAcceptsOrRejects_OnTheTrackedChangesPage()
    {
        var page = await server.SignedInPageAsync(DemoUsers.Editor);
        var url = await new ArticlePageObject(page).CreateAsync("Formatting changes story", "Budget vote\nOfficials said over 6,000 troops were killed.");
        await page.GotoAsync(url.TrimEnd('/') + "/edit");
        await new AppShell(page).WaitUntilInteractiveAsync();
        var editor = new TextEditor(page);
        await editor.SelectAsync("over 6,000 troops");
        await page.Keyboard.PressAsync("Control+B");
        await editor.SelectAsync("Budget vote");
        await page.Keyboard.PressAsync("Control+Alt+1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved as revision 2")).ToBeVisibleAsync();

        await page.GotoAsync(url.TrimEnd('/') + "/changes");
        await new AppShell(page).WaitUntilInteractiveAsync();
        var changes = page.GetByTestId("formatting-change");
        await Assertions.Expect(changes).ToHaveCountAsync(2);
        await Assertions.Expect(changes.Nth(0)).ToContainTextAsync("Now a heading (was a paragraph)");
        await Assertions.Expect(changes.Nth(1)).ToContainTextAsync("“over 6,000 troops”");
        await Assertions.Expect(changes.Nth(1)).ToContainTextAsync("Made bold");
        await Assertions.Expect(page.GetByTestId("pending-count")).ToContainTextAsync("0 pending changes and 2 formatting changes");

        // From the keyboard: Tab to the bold change's Accept, then Enter.
        var accept = page.GetByRole(AriaRole.Button, new() { Name = "Accept formatting change: Made bold, on “over 6,000 troops”" });
        await accept.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(changes).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject formatting change: Now a heading (was a paragraph), on “Budget vote”" }).ClickAsync();
        await Assertions.Expect(changes).ToHaveCountAsync(0);

        // The heading was rejected in the text (a new revision); the bold accepted stays.
        await page.GotoAsync(url);
        var body = page.GetByTestId("article-body");
        await Assertions.Expect(page.GetByTestId("revision")).ToContainTextAsync("Revision 3 ·");
        await Assertions.Expect(body.Locator("h2")).ToHaveCountAsync(0);
        await Assertions.Expect(body.Locator("strong")).ToHaveTextAsync("over 6,000 troops");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AW3CClient_AnchorsEveryExportedComment_OnItsWordsInTheRenderedPage()
    {
        var page = await server.SignedInPageAsync(DemoUsers.Editor);
        var api = page.Context.APIRequest;
        var auth = await Api.AuthAsync(api);
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Assets", "sample.txt"));
        sample = sample[(sample.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        var annotator = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Assets", "apache-annotator.js"));
        var formatted = "# A heading\n\nSome **bold** words, a [link](https://example.org/x) and *more*.\n\n> A quoted line.\n\n- one item\n- two items";

        foreach (var (body, format) in new[] { (sample, "PlainText"), (formatted, "Markdown") })
        {
            var article = await Api.JsonAsync(await api.PostAsync("/api/articles",
                new() { Headers = auth, DataObject = new { title = "W3C " + format, body, format } }));
            var id = article.GetProperty("id").GetString();
            var text = article.GetProperty("text").GetString()!;
            // Words at the start and end of blocks (prefix and suffix cross a block break) and inside them.
            var lines = text.Split('\n');
            var starts = new List<(int Start, int End)>();
            var offset = 0;
            foreach (var line in lines.Take(6))
            {
                var words = line.Split(' ');
                if (words.Length >= 2)
                {
                    starts.Add((offset, offset + words[0].Length + 1 + words[1].Length));
                    var lastStart = offset + line.Length - words[^1].Length;
                    starts.Add((lastStart, offset + line.Length));
                }

                offset += line.Length + 1;
            }

            foreach (var (start, end) in starts)
            {
                await Api.JsonAsync(await api.PostAsync($"/api/articles/{id}/annotations", new()
                {
                    Headers = auth,
                    DataObject = new { revisionNumber = 1, start, end, text = "Check." },
                }));
            }

            var export = await Api.JsonAsync(await api.GetAsync($"/api/articles/{id}/annotations", new() { Headers = auth }));
            var items = export.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(starts.Count, items.Count);

            await page.GotoAsync($"/articles/{id}");
            await new AppShell(page).WaitUntilInteractiveAsync();
            await Assertions.Expect(page.GetByTestId("comment-highlight").First).ToBeVisibleAsync();
            // Evaluated, not added as a script tag: the page's Content-Security-Policy rightly refuses inline scripts.
            await page.EvaluateAsync(annotator);
            var found = 0;
            foreach (var item in items)
            {
                var selectors = item.GetProperty("target").GetProperty("selector").EnumerateArray().ToList();
                var quote = selectors.Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector");
                var position = selectors.Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
                var json = await page.EvaluateAsync<string>(
                    """
                    async (selectorJson) => {
                      const selector = JSON.parse(selectorJson);
                      const body = document.querySelector('[data-testid=article-body]');
                      const scope = document.createRange();
                      scope.selectNodeContents(body);
                      const matches = [];
                      for await (const range of ApacheAnnotator.createTextQuoteSelectorMatcher(selector)(scope)) {
                        const before = document.createRange();
                        before.setStart(body, 0);
                        before.setEnd(range.startContainer, range.startOffset);
                        matches.push({ text: range.toString(), start: [...before.toString()].length });
                      }
                      return JSON.stringify(matches);
                    }
                    """, quote.GetRawText());
                var matches = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
                Assert.True(matches.Count == 1, $"{format}: {quote.GetRawText()} matched {matches.Count} times in the page");
                Assert.Equal(quote.GetProperty("exact").GetString(), matches[0].GetProperty("text").GetString());
                Assert.Equal(position.GetProperty("start").GetInt32(), matches[0].GetProperty("start").GetInt32());
                found++;
            }

            Assert.True(found >= 6, $"{format}: only {found} comments to anchor");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AFactChecker_SeesTheLinksNearAClaim_AndMakesOneItsSource_InOneClick()
    {
        var page = await server.SignedInPageAsync(DemoUsers.FactChecker);
        var auth = await Api.AuthAsync(page.Context.APIRequest);
        var article = await Api.JsonAsync(await page.Context.APIRequest.PostAsync("/api/articles", new()
        {
            Headers = await Api.AuthAsync(page.Context.APIRequest, DemoUsers.Editor),
            DataObject = new
            {
                title = "Linked story",
                body = "Officials said over 6,000 troops were killed, [the ministry said](https://example.org/ministry) on Monday.\n\nMore at [the desk](mailto:desk@example.org).",
                format = "Markdown",
            },
        }));
        var id = article.GetProperty("id").GetString();
        await page.GotoAsync($"/articles/{id}");
        await new AppShell(page).WaitUntilInteractiveAsync();
        var claims = new ClaimsPageObject(page);
        await claims.OpenAsync();
        await claims.FlagAsync("over 6,000 troops", "Officials");
        await Assertions.Expect(claims.Panel.GetByTestId("article-link")).ToHaveCountAsync(2);
        await Assertions.Expect(claims.Panel.GetByTestId("article-link").First).ToContainTextAsync("Near: “over 6,000 troops”");

        var quote = claims.Claims.GetByTestId("claim-quote");
        if (await quote.GetAttributeAsync("aria-expanded") != "true")
        {
            await quote.ClickAsync();
        }

        var nearby = claims.Claims.GetByTestId("nearby-link");
        await Assertions.Expect(nearby).ToHaveCountAsync(1);
        await nearby.GetByRole(AriaRole.Button, new() { Name = "Add “the ministry said” as a source" }).ClickAsync();

        await Assertions.Expect(claims.Claims.GetByTestId("claim-source").Locator("a")).ToHaveAttributeAsync("href", "https://example.org/ministry");
        await Assertions.Expect(nearby.GetByRole(AriaRole.Button)).ToHaveTextAsync("Added");
        var stored = await Api.JsonAsync(await page.Context.APIRequest.GetAsync($"/api/articles/{id}/claims", new() { Headers = auth }));
        Assert.Contains("https://example.org/ministry", stored.GetRawText(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}

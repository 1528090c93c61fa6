using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;

namespace Editorial.Domain.Tests.Text;

public sealed class RichTextTests
{
    private static readonly TextLimits Limits = TextLimits.Default;

    private static ArticleText Formatted(string markdown) => ArticleText.CreateFormatted("Title", markdown, Limits);

    [Fact]
    public void EveryKindOfBlockAndFormatting_IsRead_AndWrittenBackCanonically()
    {
        var text = Formatted("""
            # Budget  vote
            Intro with **bold**, *italic*, ***both*** and a [link](https://example.org/a).

            ## Reaction
            > A quote
            > that continues.

            - first
            - second
              1. nested
            3. three
            4. four
            """);

        Assert.Equal(BodyFormat.Markdown, text.Format);
        Assert.Equal(
            "Budget  vote\nIntro with bold, italic, both and a link.\nReaction\nA quote that continues.\nfirst\nsecond\nnested\nthree\nfour",
            text.ReadingText);
        var kinds = text.Document.Blocks.Select(b => b.Kind).ToList();
        Assert.Equal([RichBlockKind.Heading, RichBlockKind.Paragraph, RichBlockKind.Subheading, RichBlockKind.Quote,
            RichBlockKind.BulletedList, RichBlockKind.NumberedList], kinds);
        Assert.Equal(3, text.Document.Blocks[5].FirstNumber);
        var intro = text.Document.Blocks[1].Runs;
        Assert.Contains(intro, r => r is { Text: "bold", Style: RunStyle.Bold });
        Assert.Contains(intro, r => r is { Text: "italic", Style: RunStyle.Italic });
        Assert.Contains(intro, r => r is { Text: "both", Style: RunStyle.Bold | RunStyle.Italic });
        Assert.Contains(intro, r => r is { Text: "link", Href: "https://example.org/a" });

        // The stored form is canonical: writing what was read gives the same bytes.
        Assert.Equal(text.Body, Formatted(text.Body).Body);
        Assert.Equal(text.Hash, Formatted(text.Body).Hash);
    }

    [Fact]
    public void TheSameFormattedWords_WrittenTwoWays_StoreTheSameBytes()
    {
        var a = Formatted("Some __strong__ and _em_ words\n* item");
        var b = Formatted("Some **strong** and *em* words\n\n- item\n");
        Assert.Equal(a.Body, b.Body);
        Assert.Equal(a.Hash, b.Hash);
    }

    [Theory]
    [InlineData("# not a heading")]
    [InlineData("- not a bullet")]
    [InlineData("1. not a number")]
    [InlineData("> not a quote")]
    [InlineData("*not italic* and **not bold**")]
    [InlineData("[not](https://a.link) \\ back\\slash")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("---")]
    [InlineData("    four spaces of code")]
    [InlineData("&amp; entity &#8238; `code`")]
    [InlineData("+ = | ~~~ ``` _under_ #tag ends with #")]
    public void PlainWords_ThatLookLikeMarkup_StayWords(string line)
    {
        var plain = RichDocument.FromPlainText(line);
        var stored = Formatted(plain.ToMarkdown());

        Assert.Equal(line.Trim(), stored.ReadingText);
        Assert.False(stored.Document.HasFormatting);
    }

    [Fact]
    public void ScriptWrittenAsMarkdown_IsText_NeverMarkup()
    {
        var text = Formatted("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");
        Assert.Equal("<script>alert(1)</script>\n<img src=x onerror=alert(1)>", text.ReadingText);
        Assert.DoesNotContain("<script>", text.Body);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/path")]
    [InlineData("https://")]
    public void ALinkToAnythingButHttpHttpsOrMailto_IsRefused_WithAClearError(string href)
    {
        var error = Assert.Throws<EditorialDomainException>(() => LinkTarget.Normalize(href));
        Assert.Contains(href == "https://" ? "http, https or mailto" : "cannot be a link", error.Message);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](<JAVASCRIPT:alert(1)>)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[click][ref]\n\n[ref]: vbscript:msgbox")]
    public void AScriptLinkInMarkdown_IsRefused(string markdown)
    {
        var error = Assert.Throws<EditorialDomainException>(() => Formatted(markdown.Replace("\\n", "\n")));
        Assert.Contains("cannot be a link", error.Message);
    }

    [Theory]
    [InlineData("https://example.org/a b(c)", "https://example.org/a%20b%28c%29")]
    [InlineData("HTTPS://Example.org/X", "https://Example.org/X")]
    [InlineData("mailto:desk@example.org", "mailto:desk@example.org")]
    public void LinkTargets_AreKeptInOneSafeForm(string href, string expected)
    {
        Assert.Equal(expected, LinkTarget.Normalize(href));
        var text = Formatted($"[here](<{href}>)");
        Assert.Equal(expected, text.Document.Blocks[0].Runs[0].Href);
        Assert.Equal(text.Body, Formatted(text.Body).Body);
    }

    [Fact]
    public void ListsNestedDeeperThanTheLimit_AreRefused_WithAClearError()
    {
        var fine = string.Join('\n', Enumerable.Range(0, RichDocument.MaxDepth).Select(i => new string(' ', i * 2) + "- level " + i));
        Assert.Equal(RichDocument.MaxDepth, Formatted(fine).ReadingText.Split('\n').Length);

        var deep = string.Join('\n', Enumerable.Range(0, 60).Select(i => new string(' ', i * 2) + "- level " + i));
        var error = Assert.Throws<EditorialDomainException>(() => Formatted(deep));
        Assert.Contains("nested 4 deep at most", error.Message);
        Assert.Throws<EditorialDomainException>(() => Formatted(new string('>', 5_000) + " deep"));
    }

    [Fact]
    public void TheLengthLimit_AppliesToTheStoredForm()
    {
        var error = Assert.Throws<EditorialDomainException>(() => Formatted(new string('a', 200_001)));
        Assert.Contains("the limit is 200,000", error.Message);
        // Escaping makes plain words longer when stored: the limit is on what is stored.
        Assert.Throws<EditorialDomainException>(() => Formatted(RichDocument.FromPlainText(new string('*', 150_000)).ToMarkdown()));
    }

    [Fact]
    public void APlainTextRevision_ReadsAsItsParagraphs_AndItsReadingTextIsItsBody()
    {
        var plain = ArticleText.Create("Title", "One.\n\n  Two.\nThree.", Limits);
        Assert.Equal(plain.Body, plain.ReadingText);
        Assert.Equal(["One.", "  Two.", "Three."], plain.Document.TextBlocks().Select(b => b.Text));
        Assert.Equal(ContentHash.Of("Title", plain.Body), plain.Hash);
    }

    [Fact]
    public void PlainAndFormatted_WithTheSameBytes_HashDifferently()
    {
        var plain = ArticleText.Create("Title", "Words.", Limits);
        var formatted = Formatted("Words.");
        Assert.Equal(plain.Body, formatted.Body);
        Assert.NotEqual(plain.Hash, formatted.Hash);
        Assert.True(plain.ReadsSameAs(formatted));
        Assert.False(plain.ReadsSameAs(Formatted("**Words.**")));
        // Blank lines between plain paragraphs are spacing, which Markdown does not keep.
        var spaced = ArticleText.Create("Title", "One.\n\nTwo.", Limits);
        Assert.True(spaced.ReadsSameAs(Formatted("One.\n\nTwo.")));
        Assert.False(spaced.ReadsSameAs(Formatted("One.\n\nTwo!")));
    }

    [Fact]
    public void ChangingTheWords_KeepsTheFormattingOfTheWordsThatStay()
    {
        var text = Formatted("# Heading\n\nSome **bold** words and a [link](https://a.example) here.\n\n- one\n- two");
        var changed = text.WithReadingText(text.ReadingText.Replace("bold", "brave").Replace("here", "there") + "\nthree", Limits);

        Assert.Equal("Heading\nSome brave words and a link there.\none\ntwo\nthree", changed.ReadingText);
        Assert.Equal("# Heading\n\nSome **brave** words and a [link](https://a.example) there.\n\n- one\n- two\n- three", changed.Body);
    }

    [Fact]
    public void AllTheTextRemoved_LeavesAnEmptyBody()
    {
        var text = Formatted("**All** of it");
        Assert.Equal(string.Empty, text.WithReadingText(string.Empty, Limits).Body);
    }

    [Fact]
    public void RandomFormattedDocuments_AreStoredCanonically_AndKeepTheirWords()
    {
        var random = new Random(20261201);
        const string alphabet = "abc XYZ 12 .,;:!?*_#<>[]()\\`&~-+=|'\"é";
        for (var round = 0; round < 400; round++)
        {
            var blocks = Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
            {
                var runs = Enumerable.Range(0, random.Next(1, 6)).Select(_ => new RichRun(0,
                    new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()),
                    (RunStyle)random.Next(4), random.Next(5) == 0 ? "https://example.org/" + random.Next(3) : null)).ToList();
                var paragraph = RichBlock.TextBlock((RichBlockKind)random.Next(3), runs);
                return random.Next(3) switch
                {
                    0 => paragraph,
                    1 => RichBlock.Container(RichBlockKind.Quote, [paragraph]),
                    _ => RichBlock.Container(RichBlockKind.BulletedList, [RichBlock.Container(RichBlockKind.ListItem, [paragraph])]),
                };
            }).ToList();
            var markdown = RichDocument.FromBlocks(blocks).ToMarkdown();
            var stored = Formatted(markdown);
            var expectedWords = string.Join('\n', blocks.SelectMany(b => b.TextBlocks()).Select(b => b.Text.Trim()).Where(t => t.Length > 0));

            Assert.Equal(expectedWords, stored.ReadingText);
            Assert.Equal(stored.Body, Formatted(stored.Body).Body);
        }
    }

    [Fact]
    public void A200000CharacterArticle_IsReadAndWritten()
    {
        var paragraph = "The council approved **$3.2bn** for [roads](https://example.org/roads) and *schools* in 2026. ";
        var markdown = string.Join("\n\n", Enumerable.Repeat(paragraph + paragraph, 1_000));
        var text = Formatted(markdown[..Math.Min(markdown.Length, 199_000)]);
        Assert.InRange(text.Body.Length, 150_000, 200_000);
        Assert.InRange(text.ReadingText.Length, 100_000, 200_000);
        Assert.Equal(text.Body, Formatted(text.Body).Body);
    }

    [Fact]
    public void TheLinks_AreListedWithTheBlockTheyAreIn()
    {
        var text = Formatted("Officials [said **so**](https://example.org/a) on Monday.\n\n- [Write to us](mailto:desk@example.org)");
        var links = text.Document.Links();

        Assert.Equal(2, links.Count);
        Assert.Equal(("said so", "https://example.org/a"), (links[0].Text, links[0].Href));
        Assert.Equal("said so", text.ReadingText[links[0].Start..links[0].End]);
        Assert.True(links[0].IsNear(0, 9));
        Assert.False(links[0].IsNear(links[1].Start, links[1].End));
        Assert.True(links[0].IsWebPage);
        Assert.False(links[1].IsWebPage);
    }
}

using BenchmarkDotNet.Attributes;
using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;

namespace Editorial.Benchmarks;

/// <summary>
/// The rich-text part of saving the 10,000-word article (docs/architecture.md §4, "Rich text"): the
/// Markdown the editor sends, normalized, read, written canonically and read back, as
/// <see cref="ArticleText.CreateFormatted"/> does on every save; and carrying the formatting through a
/// change of words (a tracked change rejected). The corpus is formatted as news copy is: a subheading
/// every tenth paragraph, a bold figure and a link in every paragraph, a list and a quote now and then.
/// </summary>
[MemoryDiagnoser]
public class RichTextBenchmarks
{
    private static readonly string Markdown = Format(ArticleCorpus.TenThousandWords);
    private readonly ArticleText _text = ArticleText.CreateFormatted("Title", Markdown, TextLimits.Default);
    private readonly string _changedWords = ArticleText.CreateFormatted("Title", Format(ArticleCorpus.FivePercentChanged), TextLimits.Default).ReadingText;

    /// <summary>What a save of the formatted article does to its text before the diff.</summary>
    [Benchmark]
    public int Save_TenThousandFormattedWords() => ArticleText.CreateFormatted("Title", Markdown, TextLimits.Default).Body.Length;

    /// <summary>5% of the words changed, the formatting carried along, the result stored canonically.</summary>
    [Benchmark]
    public int CarryFormatting_ThroughFivePercentOfTheWordsChanged() => _text.WithReadingText(_changedWords, TextLimits.Default).Body.Length;

    private static string Format(string plain)
    {
        var paragraphs = plain.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join("\n\n", paragraphs.Select((paragraph, i) =>
        {
            var words = paragraph.Split(' ');
            words[Math.Min(3, words.Length - 1)] = $"**{words[Math.Min(3, words.Length - 1)]}**";
            words[^1] = $"[{words[^1]}](https://example.org/source/{i})";
            var text = string.Join(' ', words);
            return (i % 10) switch
            {
                0 => "## " + string.Join(' ', words.Take(6)) + "\n\n" + text,
                4 => "- " + text,
                7 => "> " + text,
                _ => text,
            };
        }));
    }
}

namespace Editorial.Benchmarks;

/// <summary>
/// A 10,000-word article built from the shipped sample (its paragraphs repeated with numbered
/// variations), and edited copies: about 5% of words changed, or every word rewritten.
/// </summary>
public static class ArticleCorpus
{
    /// <summary>About 10,000 words, one paragraph per line.</summary>
    public static string TenThousandWords { get; } = Build();

    /// <summary>The article with about 5% of its words replaced (seeded, so every run compares the same texts).</summary>
    public static string FivePercentChanged { get; } = ChangeWords(TenThousandWords, 0.05, seed: 5);

    /// <summary>The article with every word replaced.</summary>
    public static string Rewritten { get; } = ChangeWords(TenThousandWords, 1.0, seed: 9);

    /// <summary>The article with every eighth word replaced: over a thousand separate changes.</summary>
    public static string EveryEighthWordChanged { get; } = string.Join('\n', TenThousandWords.Split('\n').Select(line =>
        string.Join(' ', line.Split(' ').Select((word, i) => i % 8 == 4 ? $"changed{i}" : word))));

    /// <summary>An attribution of <see cref="TenThousandWords"/> where each paragraph has its own revision and author.</summary>
    public static IReadOnlyList<Editorial.Domain.Diff.AttributionSpan> ParagraphAttribution()
    {
        var spans = new List<Editorial.Domain.Diff.AttributionSpan>();
        var at = 0;
        var lines = TenThousandWords.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var length = lines[i].Length + (i + 1 < lines.Length ? 1 : 0);
            spans.Add(new Editorial.Domain.Diff.AttributionSpan(at, length, i + 1, $"author-{i % 7}"));
            at += length;
        }

        return spans;
    }

    private static string Build()
    {
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sample.txt"));
        var body = sample[(sample.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        var paragraphs = body.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var lines = new List<string>();
        var words = 0;
        for (var round = 0; words < 10_000; round++)
        {
            foreach (var paragraph in paragraphs)
            {
                var line = $"{paragraph} (Part {round + 1}.)";
                lines.Add(line);
                words += line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            }
        }

        return string.Join('\n', lines);
    }

    private static string ChangeWords(string text, double share, int seed)
    {
        var random = new Random(seed);
        return string.Join('\n', text.Split('\n').Select(line => string.Join(' ', line.Split(' ').Select(word =>
            random.NextDouble() < share ? $"edit{random.Next(100_000)}" : word))));
    }
}

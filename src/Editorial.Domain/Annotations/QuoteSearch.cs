using Editorial.Domain.Diff;

namespace Editorial.Domain.Annotations;

/// <summary>
/// Finds a removed anchor's quote in the text a revision inserted (docs/architecture.md §6 step 3): exact
/// matches first (wherever they overlap inserted text), told apart by prefix and suffix; else an approximate match (edit distance at most
/// min(256, quote length / 2)) scored 50·quote + 20·prefix + 20·suffix + 2·proximity (each a
/// similarity in 0..1, the total scaled to 0..1). Only a clear winner is accepted — score ≥ 0.80,
/// quote similarity ≥ 0.85 and a margin ≥ 0.05 over the runner-up; anything less is no match.
/// </summary>
internal static class QuoteSearch
{
    private const double MinScore = 0.80;
    private const double MinQuoteSimilarity = 0.85;
    private const double MinMargin = 0.05;

    // Approximate search costs quote length × inserted length; past this it is not attempted.
    private const long MaxApproximateCells = 20_000_000;

    /// <summary>Where the quote now is, or null when there is no clear answer.</summary>
    public static TextPositionSelector? Find(Anchor anchor, ProseDiffResult diff)
    {
        var inserted = diff.Hunks.Where(h => h.NewLength > 0).ToList();
        var exact = ExactMatches(anchor.Quote.Exact, diff.NewText, inserted);
        if (exact.Count == 1)
        {
            return exact[0];
        }

        if (exact.Count > 1)
        {
            var fitting = exact.Where(m => diff.NewText[..m.Start].EndsWith(anchor.Quote.Prefix, StringComparison.Ordinal)
                && diff.NewText[m.End..].StartsWith(anchor.Quote.Suffix, StringComparison.Ordinal)).ToList();
            return fitting.Count == 1 ? fitting[0] : null;
        }

        return Approximate(anchor, diff.NewText, inserted);
    }

    // Every place the quote is in the new text that overlaps text this revision inserted: a paragraph that
    // moved and was edited is compared with the paragraph it took the place of, so its words come out as
    // several inserted pieces with a few coincidentally unchanged words between them, and a quote may span
    // them; a quote wholly in text that was already there is never a match.
    private static List<TextPositionSelector> ExactMatches(string quote, string text, List<DiffHunk> inserted)
    {
        var matches = new List<TextPositionSelector>();
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            var end = at + quote.Length;
            if (inserted.Any(h => h.NewStart < end && h.NewEnd > at))
            {
                matches.Add(new TextPositionSelector(at, end));
            }
        }

        return matches;
    }

    private static TextPositionSelector? Approximate(Anchor anchor, string text, List<DiffHunk> inserted)
    {
        var quote = anchor.Quote.Exact;
        var maxErrors = Math.Min(256, quote.Length / 2);
        if (quote.Length == 0 || (long)quote.Length * inserted.Sum(h => h.NewLength) > MaxApproximateCells)
        {
            return null;
        }

        var scored = inserted
            .SelectMany(h => Sellers(quote, text, h.NewStart, h.NewEnd, maxErrors))
            .Select(c => (Match: c.Match, QuoteSimilarity: 1 - ((double)c.Errors / quote.Length), Score: Score(anchor, text, c.Match, c.Errors)))
            .OrderByDescending(c => c.Score)
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored[0];
        var runnerUp = scored.Count > 1 ? scored[1].Score : 0;
        return best.Score >= MinScore && best.QuoteSimilarity >= MinQuoteSimilarity && best.Score - runnerUp >= MinMargin ? best.Match : null;
    }

    // Context is compared over the characters nearest the quote only, so scoring stays cheap
    // whatever the length of the stored prefix and suffix.
    private const int ScoredContext = 64;

    private static double Score(Anchor anchor, string text, TextPositionSelector match, int errors)
    {
        var quote = 1 - ((double)errors / anchor.Quote.Exact.Length);
        var (wantedPrefix, wantedSuffix) = (anchor.Quote.Prefix[^Math.Min(ScoredContext, anchor.Quote.Prefix.Length)..],
            anchor.Quote.Suffix[..Math.Min(ScoredContext, anchor.Quote.Suffix.Length)]);
        var prefix = Similarity(wantedPrefix, text[Math.Max(0, match.Start - wantedPrefix.Length)..match.Start]);
        var suffix = Similarity(wantedSuffix, text[match.End..Math.Min(text.Length, match.End + wantedSuffix.Length)]);
        var proximity = 1 - (Math.Abs(match.Start - anchor.Position.Start) / (double)Math.Max(1, text.Length));
        return ((50 * quote) + (20 * prefix) + (20 * suffix) + (2 * proximity)) / 92;
    }

    // Approximate substring matching (Sellers): for each end position the fewest edits that turn
    // the quote into some text ending there, with where that text starts. Reports the best end of
    // each run of matches within the error bound.
    private static IEnumerable<(TextPositionSelector Match, int Errors)> Sellers(string quote, string text, int from, int to, int maxErrors)
    {
        var m = quote.Length;
        var cost = new int[m + 1];
        var start = new int[m + 1];
        var results = new List<(TextPositionSelector, int)>();
        for (var i = 0; i <= m; i++)
        {
            cost[i] = i;
            start[i] = from;
        }

        (TextPositionSelector Match, int Errors)? run = null;
        for (var j = from; j < to; j++)
        {
            var (diagonalCost, diagonalStart) = (cost[0], start[0]);
            (cost[0], start[0]) = (0, j + 1);
            for (var i = 1; i <= m; i++)
            {
                var (leftCost, leftStart) = (cost[i], start[i]);
                var substitute = diagonalCost + (quote[i - 1] == text[j] ? 0 : 1);
                var (best, bestStart) = (substitute, diagonalStart);
                if (leftCost + 1 < best)
                {
                    (best, bestStart) = (leftCost + 1, leftStart);
                }

                if (cost[i - 1] + 1 < best)
                {
                    (best, bestStart) = (cost[i - 1] + 1, start[i - 1]);
                }

                (diagonalCost, diagonalStart) = (leftCost, leftStart);
                (cost[i], start[i]) = (best, bestStart);
            }

            if (cost[m] <= maxErrors)
            {
                if (run is not { } current || cost[m] < current.Errors)
                {
                    run = (new TextPositionSelector(start[m], j + 1), cost[m]);
                }
            }
            else if (run is { } ended)
            {
                results.Add(ended);
                run = null;
            }
        }

        if (run is { } last)
        {
            results.Add(last);
        }

        return results;
    }

    private static double Similarity(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        return 1 - ((double)Levenshtein(a, b) / Math.Max(a.Length, b.Length));
    }

    private static int Levenshtein(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}

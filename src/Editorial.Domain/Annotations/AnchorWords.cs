using Editorial.Domain.Diff;

namespace Editorial.Domain.Annotations;

/// <summary>
/// Whether words an anchor would now cover are still the words it was put on, rewritten at most: an anchor
/// must never land on other words (docs/architecture.md §6). Words compare as the diff sees them
/// (<see cref="ProseTokenizer"/>), ignoring case.
/// </summary>
public static class AnchorWords
{
    // A rewritten version keeps at least this share of the words it was put on.
    private const double MostWords = 0.5;

    // A rewritten version is at most this many times as long (plus ShortQuote words): words inserted into a
    // quote are its words edited, a page inserted into it is other words.
    private const int MostGrowth = 3;

    // A quote this short may be rewritten in place into a few more words (a figure, a name, "6,000 of them" →
    // "6,500 of the soldiers"): that is its words changed, not other words.
    private const int ShortQuote = 3;

    /// <summary>
    /// Whether <paramref name="now"/> keeps most of the words of <paramref name="placedOn"/> without being mostly
    /// new words, or rewrites a few words into a few more.
    /// </summary>
    public static bool StillAbout(string placedOn, string now)
    {
        var placed = ProseTokenizer.Words(placedOn).ToList();
        var current = ProseTokenizer.Words(now).ToList();
        if (placed.Count <= ShortQuote && current.Count <= placed.Count + ShortQuote)
        {
            return true;
        }

        var left = current.GroupBy(w => w, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var kept = 0;
        foreach (var word in placed)
        {
            if (left.TryGetValue(word, out var count) && count > 0)
            {
                left[word] = count - 1;
                kept++;
            }
        }

        return kept >= MostWords * placed.Count && current.Count <= MostGrowth * placed.Count + ShortQuote;
    }
}

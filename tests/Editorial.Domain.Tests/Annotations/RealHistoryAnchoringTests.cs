using Editorial.Domain.Annotations;
using Editorial.Domain.Diff;
using Editorial.Domain.Tests.Diff.Fidelity;
using Xunit.Abstractions;

namespace Editorial.Domain.Tests.Annotations;

/// <summary>
/// Anchors carried through real Wikipedia histories (tests/corpora; issue 14, goal 2). Phrases of four to
/// eight words are picked in each article's first version and carried through every later version:
/// a phrase that occurs exactly once in every version must end on its own words; a phrase of which no
/// four-word run is left in the last version must end orphaned, or marked Text changed on a rewritten
/// version that keeps most of its words — never on other words, and never as if its words were there.
/// </summary>
public sealed class RealHistoryAnchoringTests(ITestOutputHelper output)
{
    private sealed record Outcome(string Phrase, Anchor Anchor, string Covered, bool UniqueThroughout, bool Vanished);

    private static IEnumerable<Outcome> Carried()
    {
        foreach (var (_, versions) in WikiCorpus.Articles())
        {
            var first = versions[0];
            var words = HumanEdits.WordTokens(first);
            for (var i = 0; i + 8 < words.Count; i += 23)
            {
                var length = 4 + (i % 5);
                var (start, end) = (words[i].Start, words[i + length - 1].End);
                if (first.AsSpan(start, end - start).Contains('\n'))
                {
                    continue;
                }

                var phrase = first[start..end];
                var anchor = Anchoring.Create(first, start, end, 0);
                for (var v = 1; v < versions.Count; v++)
                {
                    anchor = Anchoring.Reanchor(anchor, ProseDiff.Compute(versions[v - 1], versions[v]), v, phrase);
                }

                var last = versions[^1];
                var covered = anchor.IsAttached ? last[anchor.Position.Start..anchor.Position.End] : "";
                yield return new Outcome(phrase, anchor, covered, versions.All(text => Occurrences(text, phrase) == 1), !AnyRunLeft(phrase, last));
            }
        }
    }

    [Fact]
    public void PhrasesThatStay_KeepTheirWords_PhrasesThatGo_AreOrphaned_NoneLandsOnOtherWords()
    {
        var outcomes = Carried().ToList();
        var unique = outcomes.Where(o => o.UniqueThroughout).ToList();
        var vanished = outcomes.Where(o => o.Vanished).ToList();
        var lost = unique.Where(o => o.Covered != o.Phrase).ToList();
        var misplaced = vanished.Where(o => o.Anchor.IsAttached && o.Anchor.Status != AnchorStatus.TextChanged).ToList();
        var attachedElsewhere = outcomes.Where(o => o.Anchor.IsAttached && !AnchorWords.StillAbout(o.Phrase, o.Covered)).ToList();
        output.WriteLine($"{outcomes.Count} phrases: {unique.Count} in every version once, {unique.Count - lost.Count} kept their words; " +
            $"{vanished.Count} vanished, {vanished.Count(o => !o.Anchor.IsAttached)} orphaned, {vanished.Count(o => o.Anchor.IsAttached)} on a rewritten version; " +
            $"{attachedElsewhere.Count} on other words; by status: " +
            string.Join(", ", outcomes.GroupBy(o => o.Anchor.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var o in lost.Concat(misplaced).Concat(attachedElsewhere).Take(10))
        {
            output.WriteLine($"  “{o.Phrase}” → {o.Anchor.Status} “{o.Covered}”");
        }

        Assert.True(unique.Count >= 50 && vanished.Count >= 10, $"{unique.Count} unique, {vanished.Count} vanished");
        Assert.Empty(lost);
        Assert.Empty(misplaced);
        Assert.Empty(attachedElsewhere);
    }

    // Occurrences as words: "hal 9000 is a" is not in "hal 9000 is also".
    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            var end = at + value.Length;
            count += (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])) ? 1 : 0;
        }

        return count;
    }

    // Whether any four words in a row of the phrase are still in the text.
    private static bool AnyRunLeft(string phrase, string text)
    {
        var words = HumanEdits.WordTokens(phrase).Select(t => phrase.Substring(t.Start, t.Length)).ToList();
        var textWords = HumanEdits.WordTokens(text).Select(t => text.Substring(t.Start, t.Length)).ToList();
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= textWords.Count; i++)
        {
            runs.Add(string.Join(' ', textWords.Skip(i).Take(4)));
        }

        return Enumerable.Range(0, Math.Max(0, words.Count - 3)).Any(i => runs.Contains(string.Join(' ', words.Skip(i).Take(4))));
    }
}

using Editorial.Domain.Annotations;
using Editorial.Domain.Diff;
using Editorial.Domain.Tests.Diff.Fidelity;

namespace Editorial.Domain.Tests.Annotations;

/// <summary>
/// Random sequences of edits (HumanEdits, ten rounds, on real paragraphs) never move an anchor onto words it
/// was not made on (issue 14, goal 2): an anchor that says its words are there (Exact, Moved) is on exactly
/// them; any other anchor that is attached keeps most of their words; once its words changed or went, it
/// never says again that they are there.
/// </summary>
public sealed class AnchorPropertyTests
{
    [Fact]
    public void RandomEditSequences_NeverPutAnAnchorOnOtherWords()
    {
        var paragraphs = WikiCorpus.FirstVersionParagraphs().Where(p => HumanEdits.WordTokens(p).Count >= 20).ToList();
        var checkedSteps = 0;
        for (var n = 0; n < paragraphs.Count; n++)
        {
            var text = paragraphs[n];
            var words = HumanEdits.WordTokens(text);
            var first = (n * 7) % (words.Count - 6);
            var (start, end) = (words[first].Start, words[first + 2 + n % 4].End);
            var phrase = text[start..end];
            var anchor = Anchoring.Create(text, start, end, 0);
            var changed = false;
            for (var round = 1; round <= 10; round++)
            {
                if (HumanEdits.Apply([text], seed: (n * 31) + round, minWords: 1) is not [var edited])
                {
                    continue;
                }

                anchor = Anchoring.Reanchor(anchor, ProseDiff.Compute(text, edited.New), round, phrase);
                text = edited.New;
                var covered = anchor.IsAttached ? text[anchor.Position.Start..anchor.Position.End] : null;
                checkedSteps++;

                if (anchor.Status is AnchorStatus.Exact or AnchorStatus.Moved)
                {
                    Assert.False(changed, $"“{phrase}” said its words were back: “{covered}”");
                    Assert.Equal(phrase, covered);
                }
                else if (covered is not null)
                {
                    Assert.True(KeepsHalf(phrase, covered), $"“{phrase}” ended on “{covered}”");
                }

                changed |= anchor.Status is AnchorStatus.TextChanged or AnchorStatus.Orphaned;
            }
        }

        Assert.True(checkedSteps >= 600, $"{checkedSteps} steps");
    }

    // Checked apart from AnchorWords: at least half of the phrase's distinct words are there, unless the phrase is a few words.
    private static bool KeepsHalf(string phrase, string covered)
    {
        var said = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':', '(', ')', '"')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var there = covered.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':', '(', ')', '"')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return said.Count <= 3 || said.Count(there.Contains) * 2 >= said.Count;
    }
}

using Editorial.Domain.Diff;
using Xunit.Abstractions;

namespace Editorial.Domain.Tests.Diff.Fidelity;

/// <summary>
/// The tracked changes follow the edits people make (issue 14, goal 1): edits applied at known places to
/// real Wikipedia paragraphs (HumanEdits), scored by EditFidelity. Run with EDITORIAL_CORPUS set to measure
/// on another corpus of the same layout; the figures are in docs/benchmarks.md.
/// </summary>
public sealed class EditFidelityTests(ITestOutputHelper output)
{
    private static readonly int[] Seeds = [1, 2, 3, 4, 5];

    private static IReadOnlyList<EditedParagraph> Corpus(int seed) => HumanEdits.Apply(WikiCorpus.FirstVersionParagraphs(), seed);

    [Fact]
    public void TheCorpus_IsWhatItSays_EachEditAtItsPlace()
    {
        foreach (var paragraph in Seeds.SelectMany(Corpus))
        {
            // Undoing the edits from the end gives the old text back.
            var text = paragraph.New;
            foreach (var edit in paragraph.Edits.Reverse())
            {
                var restored = paragraph.Old[edit.OldStart..edit.OldEnd];
                var (start, end) = (edit.NewStart, edit.NewEnd);
                if (edit.NewStart == edit.NewEnd && edit.OldStart < edit.OldEnd)
                {
                    // A deletion took the space after its words, if there was one.
                    restored += edit.OldEnd < paragraph.Old.Length && paragraph.Old[edit.OldEnd] == ' ' ? " " : "";
                }
                else if (edit.OldStart == edit.OldEnd)
                {
                    end++; // an insertion brought a space after its words
                }

                text = text[..start] + restored + text[end..];
            }

            Assert.Equal(paragraph.Old, text);
        }
    }

    [Fact]
    public void EachEdit_IsATrackedChangeOfItsOwn_NoneIsMissed_AndLittleElseIsMarked()
    {
        var corpus = Seeds.SelectMany(Corpus).ToList();

        var fidelity = EditFidelity.Of(corpus, (before, after) => ProseDiff.Compute(before, after).Hunks);
        output.WriteLine(fidelity.ToString());

        Assert.True(corpus.Count >= 300, $"the corpus has {corpus.Count} paragraphs");
        Assert.Equal(1.0, fidelity.Recall);
        Assert.True(fidelity.OwnShare >= 0.85, fidelity.ToString());
        Assert.True(fidelity.TextRatio <= 1.10, fidelity.ToString());
    }
}

using Editorial.Domain.Diff;

namespace Editorial.Domain.Tests.Diff;

public class AttributionTests
{
    private static void AssertCoversExactlyOnce(IReadOnlyList<AttributionSpan> spans, string text)
    {
        var at = 0;
        foreach (var span in spans)
        {
            Assert.Equal(at, span.Start);
            Assert.True(span.Length > 0);
            at = span.End;
        }

        Assert.Equal(text.Length, at);
    }

    [Fact]
    public void AFirstRevision_IsAllItsAuthors()
    {
        var spans = Attribution.Initial("Kim drove a forklift.", 1, "erin");

        Assert.Equal([new AttributionSpan(0, 21, 1, "erin")], spans);
    }

    [Fact]
    public void AnEdit_KeepsTheUnchangedWordsAuthors_AndGivesTheNewWordsToTheEditor()
    {
        const string before = "Over 6,000 were killed.";
        const string after = "Over 6,500 were killed.";
        var first = Attribution.Initial(before, 1, "erin");

        var second = Attribution.Update(first, ProseDiff.Compute(before, after), 2, "eli");

        Assert.Equal(
        [
            new AttributionSpan(0, 5, 1, "erin"),
            new AttributionSpan(5, 5, 2, "eli"),
            new AttributionSpan(10, 13, 1, "erin"),
        ], second);
    }

    [Fact]
    public void DeletedText_LeavesNoTrace_AndTheRestShifts()
    {
        const string before = "A rare and unexpected moment.";
        const string after = "A rare moment.";

        var spans = Attribution.Update(Attribution.Initial(before, 1, "erin"), ProseDiff.Compute(before, after), 2, "eli");

        Assert.Equal([new AttributionSpan(0, after.Length, 1, "erin")], spans);
    }

    [Fact]
    public void RandomEditSequences_AttributeEveryCharacterExactlyOnce_ToTheRevisionThatWroteIt()
    {
        var random = new Random(31);
        var words = new[] { "Kim", "said", "14,000", "troops", "—", "‘heroes’", "the", "missiles", "שלום", "👍", "\n" };
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));

        for (var round = 0; round < 100; round++)
        {
            var text = Words(random.Next(1, 30));
            var spans = Attribution.Initial(text, 1, "author-1");
            // The reference: a revision number per character, moved along by the same diffs.
            var owners = Enumerable.Repeat(1, text.Length).ToList();
            for (var revision = 2; revision <= 8; revision++)
            {
                var at = random.Next(text.Length + 1);
                var cut = random.Next(0, Math.Min(8, text.Length - at) + 1);
                var next = text.Remove(at, cut).Insert(at, random.Next(3) == 0 ? string.Empty : Words(random.Next(1, 4)));
                var diff = ProseDiff.Compute(text, next);

                spans = Attribution.Update(spans, diff, revision, $"author-{revision}");
                var nextOwners = new List<int>();
                var old = 0;
                foreach (var hunk in diff.Hunks)
                {
                    nextOwners.AddRange(owners.Skip(old).Take(hunk.OldStart - old));
                    nextOwners.AddRange(Enumerable.Repeat(revision, hunk.NewLength));
                    old = hunk.OldEnd;
                }

                nextOwners.AddRange(owners.Skip(old));
                (text, owners) = (next, nextOwners);

                AssertCoversExactlyOnce(spans, text);
                Assert.Equal(owners, spans.SelectMany(s => Enumerable.Repeat(s.RevisionNumber, s.Length)));
                Assert.All(spans, s => Assert.Equal($"author-{s.RevisionNumber}", s.AuthorId));
            }
        }
    }
}

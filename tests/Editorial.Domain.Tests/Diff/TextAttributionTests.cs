using Editorial.Domain.Diff;

namespace Editorial.Domain.Tests.Diff;

public class TextAttributionTests
{
    private static TextAttribution Edit(TextAttribution attribution, string before, string after, int revision, string author) =>
        attribution.Next(ProseDiff.Compute(before, after), revision, author);

    private static IReadOnlyList<Contribution> ContributorsOfEachPendingChange(TextAttribution attribution, string baseline, string current,
        int index) =>
        TrackedChanges.Pending(baseline, current)[index] is var c ? attribution.ContributorsTo(current, c.CurrentStart, c.Removed, c.Added) : [];

    [Fact]
    public void AChangedFigure_IsCreditedToWhoeverTypedTheNewDigits_NotToTheWordsFirstAuthor()
    {
        const string v1 = "Over 6,000 were killed.";
        const string v2 = "Over 6,500 were killed.";
        var attribution = Edit(TextAttribution.Initial(v1, 1, "erin"), v1, v2, 2, "eli");

        Assert.Equal([new Contribution(2, "eli")], ContributorsOfEachPendingChange(attribution, v1, v2, 0));
    }

    [Fact]
    public void APureDeletion_IsCreditedToWhoDeletedIt()
    {
        const string v1 = "A rare and unexpected moment.";
        const string v2 = "A rare moment.";
        var attribution = Edit(TextAttribution.Initial(v1, 1, "erin"), v1, v2, 2, "dana");

        Assert.Equal([new Contribution(2, "dana")], ContributorsOfEachPendingChange(attribution, v1, v2, 0));
    }

    [Fact]
    public void TwoEditorsOnOneChange_AreBothCredited_AndADeletionMarkFollowsLaterEdits()
    {
        const string v1 = "Kim drove a red forklift on Monday.";
        const string v2 = "Kim drove a forklift on Monday.";
        const string v3 = "Kim drove a forklift on Monday morning.";
        const string v4 = "Then Kim drove a forklift on Monday morning.";
        var attribution = TextAttribution.Initial(v1, 1, "erin");
        attribution = Edit(attribution, v1, v2, 2, "dana");
        attribution = Edit(attribution, v2, v3, 3, "eli");
        attribution = Edit(attribution, v3, v4, 4, "eli");

        var pending = TrackedChanges.Pending(v1, v4);
        var credited = pending.Select(c => attribution.ContributorsTo(v4, c.CurrentStart, c.Removed, c.Added)).ToList();

        Assert.Equal(3, pending.Count);
        Assert.Equal([new Contribution(4, "eli")], credited[0]);
        Assert.Equal([new Contribution(2, "dana")], credited[1]);
        Assert.Equal([new Contribution(3, "eli")], credited[2]);
    }

    [Fact]
    public void RoundTripsThroughJson_WithAuthorsListedOnce()
    {
        const string v1 = "Kim drove a red forklift.";
        const string v2 = "Kim drove a forklift, said the union.";
        var attribution = Edit(TextAttribution.Initial(v1, 1, null), v1, v2, 2, "dana");

        var json = attribution.ToJson();
        var back = TextAttribution.FromJson(json);

        Assert.Equal(attribution.Spans, back.Spans);
        Assert.Equal(attribution.Deletions, back.Deletions);
        Assert.Equal(1, json.Split("dana").Length - 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"authors":[],"spans":[[0,1,1,5]],"deletions":[]}""")]
    public void BrokenStoredJson_IsAFormatError(string json) =>
        Assert.Throws<FormatException>(() => TextAttribution.FromJson(json));

    [Fact]
    public void DeletionMarks_AreCapped_KeepingTheNewest()
    {
        var text = string.Join(' ', Enumerable.Range(0, TextAttribution.MaxDeletionMarks + 50).Select(i => $"w{i}"));
        var marks = Enumerable.Range(0, TextAttribution.MaxDeletionMarks + 10).Select(i => new DeletionMark(i, i + 1, "erin")).ToList();
        var attribution = new TextAttribution(Attribution.Initial(text, 1, "erin"), marks);

        var next = Edit(attribution, text, text + " end", TextAttribution.MaxDeletionMarks + 20, "eli");

        Assert.Equal(TextAttribution.MaxDeletionMarks, next.Deletions.Count);
        Assert.Equal(11, next.Deletions.Min(m => m.RevisionNumber));
    }

    [Fact]
    public void RandomEditSequences_KeepMarksInsideTheText_AndSpansCoveringIt()
    {
        var random = new Random(7);
        var words = new[] { "Kim", "said", "14,000", "troops", "the", "👍", "\n" };
        var text = "Kim said the troops arrived.";
        var attribution = TextAttribution.Initial(text, 1, "a");
        for (var revision = 2; revision < 60; revision++)
        {
            var tokens = text.Split(' ').ToList();
            var at = random.Next(tokens.Count);
            if (random.Next(2) == 0 && tokens.Count > 2)
            {
                tokens.RemoveAt(at);
            }
            else
            {
                tokens.Insert(at, words[random.Next(words.Length)]);
            }

            var next = string.Join(' ', tokens);
            attribution = Edit(attribution, text, next, revision, $"u{revision % 3}");
            text = next;

            Assert.All(attribution.Deletions, m => Assert.InRange(m.Position, 0, text.Length));
            Assert.Equal(text.Length, attribution.Spans.Sum(s => s.Length));
        }
    }
}

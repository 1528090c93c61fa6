using Editorial.Domain.Articles;
using Editorial.Domain.Diff;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using static Editorial.Domain.Tests.Workflow.WorkflowBuilder;

namespace Editorial.Domain.Tests.Diff;

public class TrackedChangesTests
{
    private const string Baseline = "Kim drove a forklift on Monday.\nOver 6,000 were killed.\nThe memorial is unfinished.";
    private const string Current = "Kim drove a red forklift on Monday.\nOver 6,500 were killed.\nThe memorial is unfinished.\nA new closing line.";

    [Fact]
    public void PendingChanges_AreTheDiffFromBaselineToCurrent()
    {
        var pending = TrackedChanges.Pending(Baseline, Current);

        Assert.Equal(3, pending.Count);
        Assert.Contains(pending, c => c.Removed == "6,000" && c.Added == "6,500");
        Assert.Contains(pending, c => c.Removed == "" && c.Added.Contains("red", StringComparison.Ordinal));
    }

    [Fact]
    public void AcceptingAll_MakesTheBaselineTheCurrentText() =>
        Assert.Equal(Current, TrackedChanges.Accept(Baseline, TrackedChanges.Pending(Baseline, Current)));

    [Fact]
    public void RejectingAll_MakesTheCurrentTextTheBaseline() =>
        Assert.Equal(Baseline, TrackedChanges.Reject(Current, TrackedChanges.Pending(Baseline, Current)));

    [Fact]
    public void AcceptingOne_LeavesTheOthersPending()
    {
        var pending = TrackedChanges.Pending(Baseline, Current);
        var figure = pending.Single(c => c.Added == "6,500");

        var newBaseline = TrackedChanges.Accept(Baseline, [figure]);

        var left = TrackedChanges.Pending(newBaseline, Current);
        Assert.Equal(pending.Count - 1, left.Count);
        Assert.DoesNotContain(left, c => c.Added == "6,500");
    }

    [Fact]
    public void RejectingOne_RevertsOnlyIt()
    {
        var pending = TrackedChanges.Pending(Baseline, Current);

        var reverted = TrackedChanges.Reject(Current, [pending.Single(c => c.Added == "6,500")]);

        Assert.Contains("Over 6,000 were killed.", reverted, StringComparison.Ordinal);
        Assert.Contains("red forklift", reverted, StringComparison.Ordinal);
        Assert.Equal(pending.Count - 1, TrackedChanges.Pending(Baseline, reverted).Count);
    }

    [Fact]
    public void Ids_AreStableForTheSameTexts_AndChangeWhenTheTextsDo()
    {
        var first = TrackedChanges.Pending(Baseline, Current).Select(c => c.Id).ToList();
        var again = TrackedChanges.Pending(Baseline, Current).Select(c => c.Id).ToList();
        var later = TrackedChanges.Pending(Baseline, Current + " More.").Select(c => c.Id).ToList();

        Assert.Equal(first, again);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.NotEqual(first, later);
    }

    [Fact]
    public void RandomEditSequences_AcceptAllGivesCurrent_RejectAllGivesBaseline_AnySubsetPartitions()
    {
        var random = new Random(2026);
        var words = new[] { "Kim", "said", "14,000", "troops", "—", "‘heroes’", "6.5%", "the", "missiles", "שלום", "👍", "U.S." };
        string Sentence() => string.Join(' ', Enumerable.Range(0, random.Next(3, 12)).Select(_ => words[random.Next(words.Length)])) + ".";
        string Text() => string.Join('\n', Enumerable.Range(0, random.Next(1, 6)).Select(_ => Sentence()));

        for (var round = 0; round < 300; round++)
        {
            var baseline = Text();
            var lines = baseline.Split('\n').ToList();
            for (var edit = 0; edit < random.Next(1, 5); edit++)
            {
                var i = random.Next(lines.Count);
                switch (random.Next(3))
                {
                    case 0: lines[i] = Sentence(); break;
                    case 1: lines.Insert(i, Sentence()); break;
                    default: lines[i] = lines[i].Replace(words[random.Next(words.Length)], words[random.Next(words.Length)], StringComparison.Ordinal); break;
                }
            }

            var current = string.Join('\n', lines);
            var pending = TrackedChanges.Pending(baseline, current);
            Assert.Equal(current, TrackedChanges.Accept(baseline, pending));
            Assert.Equal(baseline, TrackedChanges.Reject(current, pending));

            // Accepting a subset and rejecting the rest meet in the middle: both give the same text.
            var subset = pending.Where(_ => random.Next(2) == 0).ToList();
            var rest = pending.Except(subset).ToList();
            Assert.Equal(TrackedChanges.Accept(baseline, subset), TrackedChanges.Reject(current, rest));
        }
    }

    [Fact]
    public void Article_AcceptChanges_MakesANewBaseline_AndKeepsTheSignOffs()
    {
        var article = InSourcingCheck();
        var signOff = article.Approve(FactChecker, Roles.FactChecker);

        var baseline = article.AcceptChanges(Manager, 1, AcceptedText.Plain("Accepted text."), Start.AddHours(1), WorkflowPolicy.Default);

        Assert.Equal(1, baseline.Number);
        Assert.Equal(baseline.Id, article.BaselineId);
        Assert.True(signOff.IsCurrent);
        Assert.IsType<ChangesAccepted>(article.Events[^1]);
    }

    [Fact]
    public void Article_RejectChanges_IsANewRevisionOfKindReject_ThatInvalidatesSignOffs()
    {
        var article = InSourcingCheck();
        var signOff = article.Approve(FactChecker, Roles.FactChecker);

        var revision = article.RejectChanges(Editor, 2, TextOf("Reverted text."), Start.AddHours(1), WorkflowPolicy.Default);

        Assert.Equal(RevisionKind.Reject, revision.Kind);
        Assert.Equal("Rejected 2 tracked changes", revision.Summary);
        Assert.Equal(SignOffEnd.TextChanged, signOff.EndReason);
    }

    [Fact]
    public void OnlyEditorsAndManagers_DecideTrackedChanges_AndNotOnApprovedText()
    {
        var article = InSourcingCheck();
        Assert.Throws<WorkflowPermissionException>(() => article.AcceptChanges(FactChecker, 1, AcceptedText.Plain("x"), Start, WorkflowPolicy.Default));
        Assert.Throws<EditorialDomainException>(() => article.AcceptChanges(Editor, 0, AcceptedText.Plain("x"), Start, WorkflowPolicy.Default));

        article.Approve(FactChecker, Roles.FactChecker);
        article.Approve(Manager, Roles.Manager);
        Assert.Throws<EditorialDomainException>(() => article.RejectChanges(Manager, 1, TextOf("x"), Start, WorkflowPolicy.Default));
    }
}

using Editorial.Domain.Annotations;
using Editorial.Domain.Diff;

namespace Editorial.Domain.Tests.Annotations;

/// <summary>Every re-anchor of a comment is in the audit log (issue 14, goal 2).</summary>
public sealed class AnnotationReanchorTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void WordsRewrittenAgain_AreLogged_ThoughTheStatusStaysTextChanged()
    {
        const string first = "Over 6,000 of them were killed in combat near the border.";
        const string second = "Over 6,500 of them were killed in combat near the border.";
        const string third = "Over 6,800 of them were killed in combat near the border.";
        var thread = Annotation.Open(Guid.NewGuid(), first, 1, 0, first.IndexOf(" near", StringComparison.Ordinal), "erin", "Which source?", [], Now);
        thread.ClearEvents();

        thread.Reanchor(ProseDiff.Compute(first, second), 2, "erin", Now);
        thread.Reanchor(ProseDiff.Compute(second, third), 3, "erin", Now);

        var logged = thread.Events.OfType<AnchorStatusChanged>().ToList();
        Assert.Equal(2, logged.Count);
        Assert.Equal((AnchorStatus.TextChanged, AnchorStatus.TextChanged), (logged[1].From, logged[1].To));
        Assert.Equal(("Over 6,500 of them were killed in combat", "Over 6,800 of them were killed in combat"), (logged[1].OldQuote, logged[1].NewQuote));
    }
}

using Editorial.Domain.Articles;
using Editorial.Domain.Suggestions;
using Editorial.Domain.Tests.Workflow;
using Editorial.Domain.Text;
using Editorial.Domain.Workflow;
using static Editorial.Domain.Tests.Workflow.WorkflowBuilder;

namespace Editorial.Domain.Tests.Suggestions;

public sealed class SuggestionTests
{
    private static readonly TextLimits Limits = TextLimits.Default;

    private static ArticleText Rich(string markdown) => ArticleText.CreateFormatted("Title", markdown, Limits);

    [Fact]
    public void EachDifferenceFromTheCurrentText_IsOneSuggestion_OnTheArticlesWords()
    {
        var current = Rich("Officials said **over 6,000** troops were killed.\n\nThe site is secret.");
        var proposal = Rich("Officials said **over 6,500** troops were killed.\n\nThe site is closed.");

        var suggestions = SuggestionSet.Of(current.ReadingText, proposal.ReadingText);

        Assert.Equal([("6,000", "6,500"), ("secret", "closed")], suggestions.Select(s => (s.Removed, s.Added)));
        Assert.Equal("6,000", current.ReadingText.Substring(suggestions[0].BaselineStart, suggestions[0].BaselineLength));
        Assert.Empty(SuggestionSet.Of(current.ReadingText, current.ReadingText));
    }

    [Fact]
    public void AcceptingOne_TakesItsWordsIntoTheText_KeepingTheFormatting_AndLeavesTheOthers()
    {
        var current = Rich("Officials said **over 6,000** troops were killed.\n\nThe site is secret.");
        var proposal = Rich("Officials said **over 6,500** troops were killed.\n\nThe site is closed.");
        var first = SuggestionSet.Of(current.ReadingText, proposal.ReadingText)[0];

        var accepted = SuggestionSet.Accept(current, [first], Limits);

        Assert.Equal("Officials said **over 6,500** troops were killed.\n\nThe site is secret.", accepted.Body);
        Assert.Equal([("secret", "closed")], SuggestionSet.Of(accepted.ReadingText, proposal.ReadingText).Select(s => (s.Removed, s.Added)));
    }

    [Fact]
    public void RejectingOne_TakesItOutOfTheProposal()
    {
        var current = Rich("Officials said over 6,000 troops were killed.\n\nThe site is secret.");
        var proposal = Rich("Officials said over 6,500 troops were killed.\n\nThe site is closed.");
        var second = SuggestionSet.Of(current.ReadingText, proposal.ReadingText)[1];

        var rest = SuggestionSet.Reject(proposal, [second], Limits);

        Assert.Equal([("6,000", "6,500")], SuggestionSet.Of(current.ReadingText, rest.ReadingText).Select(s => (s.Removed, s.Added)));
    }

    [Fact]
    public void AProposalOnAnOlderText_MovesOntoTheNewOne_AndWhatTheArticleChangedToo_IsDropped()
    {
        var ancestor = Rich("Kim drove a forklift.\n\nOver 6,000 killed.\n\nThe site is secret.");
        var proposal = Rich("Kim drove a red forklift.\n\nOver 6,500 killed.\n\nThe site is secret.");
        var current = Rich("Kim drove a forklift.\n\nOver 7,000 killed.\n\nThe site is secret, officials said.");

        var (moved, dropped) = SuggestionSet.Rebase(ancestor, proposal, current, Limits);

        Assert.Equal(1, dropped);
        Assert.Equal([("", "red ")], SuggestionSet.Of(current.ReadingText, moved.ReadingText).Select(s => (s.Removed, s.Added)));
    }

    [Fact]
    public void AcceptingASuggestion_IsARevisionByTheSuggester_NamingTheEditor_ThatEndsTheSignOffs()
    {
        var article = InSourcingCheck();
        var signOff = article.Approve(FactChecker, "FactChecker");
        var text = TextOf("Over 6,500 of them killed.");

        var revision = article.AcceptSuggestion(text, Editor, new SuggestionCredit(FactChecker.UserId, "Farid", "Erin"), Start.AddMinutes(9), WorkflowPolicy.Default);

        Assert.NotNull(revision);
        Assert.Equal((RevisionKind.Suggestion, FactChecker.UserId), (revision.Kind, revision.AuthorId));
        Assert.Equal("Suggested by Farid; accepted by Erin", revision.Summary);
        Assert.False(signOff.IsCurrent);
    }

    [Fact]
    public void OnlyWhoMayEdit_AcceptsOrRejects_TheSuggesterMayWithdraw_AndNobodySuggestsOnApprovedText()
    {
        var article = InSourcingCheck();
        var credit = new SuggestionCredit(FactChecker.UserId, "Farid", "Maya");

        Assert.Throws<WorkflowPermissionException>(() =>
            article.AcceptSuggestion(TextOf("Changed."), Manager, credit, Start, WorkflowPolicy.Default));
        Assert.Throws<WorkflowPermissionException>(() =>
            article.RejectSuggestion(SecondFactChecker, FactChecker.UserId, "6,000", "6,500", Start, WorkflowPolicy.Default));
        article.RejectSuggestion(FactChecker, FactChecker.UserId, "6,000", "6,500", Start, WorkflowPolicy.Default);
        article.RejectSuggestion(Editor, FactChecker.UserId, "6,000", "6,500", Start, WorkflowPolicy.Default);
        Assert.Equal(2, article.Events.OfType<SuggestionRejected>().Count());

        Assert.True(Eligibility.Of(WorkflowPolicy.Default, FactChecker, Stages.SourcingCheck).May(ArticleAction.Suggest));
        Assert.True(Eligibility.Of(WorkflowPolicy.Default, Manager, Stages.Draft).May(ArticleAction.Suggest));
        Assert.False(Eligibility.Of(WorkflowPolicy.Default, FactChecker, Stages.Approved).May(ArticleAction.Suggest));
        Assert.False(Eligibility.Of(WorkflowPolicy.Default, FactChecker, Stages.SourcingCheck).May(ArticleAction.Edit));
    }
}

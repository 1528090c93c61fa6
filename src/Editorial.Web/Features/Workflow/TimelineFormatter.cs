using System.Globalization;
using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Audit;
using Editorial.Domain.Claims;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Audit;
using Editorial.Web.Features.People;

namespace Editorial.Web.Features.Workflow;

/// <summary>
/// Tells audit entries in plain language ("Maya Manager sent it back to Draft"). Each entry's payload
/// is read once into the event it records (<see cref="AuditTrail.Read"/>) and told from its fields.
/// </summary>
public static class TimelineFormatter
{
    /// <summary>The other people an entry names (a signer, assignees), to look up their names.</summary>
    public static IEnumerable<string> PeopleIn(object? happened) => happened switch
    {
        SignOffEnded e => [e.SignerId],
        ArticleAssigned e => new[] { e.FactCheckerId, e.ManagerId }.OfType<string>(),
        SuggestionRejected e => [e.SuggesterId],
        ClaimAssigned { AssigneeId: { } assignee } => [assignee],
        _ => [],
    };

    /// <summary>Describes <paramref name="entry"/>, which records <paramref name="happened"/>, naming people from <paramref name="names"/>.</summary>
    public static TimelineEntry Describe(AuditEvent entry, object? happened, PersonNames names, WorkflowPolicy policy)
    {
        string Stage(string name) => policy.Stages.FirstOrDefault(s => s.Name == name)?.Label ?? name;
        var actor = names.NameOf(entry.ActorId);
        string NameOrNobody(string? userId) => userId is null ? "nobody" : names.NameOf(userId);

        var (sentence, detail) = happened switch
        {
            ArticleCreated e => (e.Imported ? $"{actor} imported the article in {Stage(e.Stage)}." : $"{actor} created the article.", null),
            TextRevised e => ($"{actor} saved revision {e.RevisionNumber}.", NullIfEmpty(e.Summary)),
            SignOffGiven e => (e.Decision == SignOffDecision.Approve
                ? $"{actor} signed off revision {e.RevisionNumber} as {e.Role}."
                : $"{actor} asked for changes to revision {e.RevisionNumber} as {e.Role}.", NullIfEmpty(e.Comment)),
            SignOffEnded e => (EndSentence(e, names.NameOf(e.SignerId)), null),
            StageChanged e => (e.BySignOffs
                ? $"With the last required sign-off, the article moved to {Stage(e.To)}."
                : $"{actor} moved the article from {Stage(e.From)} to {Stage(e.To)} ({e.Transition}).", NullIfEmpty(e.Reason)),
            ArticleAssigned e => ($"{actor} assigned fact-checker {NameOrNobody(e.FactCheckerId)}, manager {NameOrNobody(e.ManagerId)}, " +
                $"due {(e.DueAt is { } due ? due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "no date")}.", null),
            EmbargoSet { PublishAt: { } until } => ($"{actor} set an embargo: not handed off before {until.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.", null),
            EmbargoSet => ($"{actor} lifted the embargo.", null),
            ChangesAccepted e => ($"{actor} accepted {Count(e.Count)} into the accepted text.", null),
            ChangesRejected e => ($"{actor} rejected {Count(e.Count)}, making revision {e.RevisionNumber}.", null),
            SuggestionRejected e => (e.ActorId == e.SuggesterId
                ? $"{actor} withdrew their suggestion to change “{e.Removed}” to “{e.Added}”."
                : $"{actor} rejected {names.NameOf(e.SuggesterId)}'s suggestion to change “{e.Removed}” to “{e.Added}”.", null),
            CommentAdded e => ($"{actor} commented on “{e.Quote}”.", e.Text),
            CommentReplied e => ($"{actor} replied to a comment.", e.Text),
            CommentEdited e => ($"{actor} edited a comment.", e.NewText),
            CommentDeleted => ($"{actor} deleted a comment.", null),
            CommentThreadStatusChanged e => ($"{actor} {(e.Status == ThreadStatus.Resolved ? "resolved" : "reopened")} a comment thread.", null),
            AnchorStatusChanged e => (AnchorSentence(e, actor), null),
            ClaimFlagged e => ($"{actor} flagged a claim: “{e.Quote}”.", NullIfEmpty(e.Claimant)),
            ClaimDetailsChanged => ($"{actor} updated a claim's details.", null),
            ClaimAssigned { AssigneeId: { } assignee } e => ($"{actor} asked {names.NameOf(assignee)} to check the claim “{e.Quote}”.", null),
            ClaimAssigned e => ($"{actor} took the claim “{e.Quote}” back from its fact-checker.", null),
            ClaimStatusSet e => ($"{actor} set a claim to {e.To}: “{e.Wording}”.", NullIfEmpty(e.Verdict)),
            ClaimSourceAdded e => ($"{actor} added a source to a claim: {e.Url}.", null),
            ClaimSourceRemoved e => ($"{actor} removed a source from a claim: {e.Url}.", null),
            ClaimVerdictWithdrawn e => ($"Revision {e.RevisionNumber} deleted the words “{e.CheckedWording}” a claim was checked on; its verdict ({Editorial.Web.Features.Claims.ClaimsView.StatusLabel(e.From)}) no longer stands until a fact-checker checks it again.", null),
            ClaimNeedsRecheck e => ($"Revision {e.RevisionNumber} changed a checked claim from “{e.CheckedWording}” to “{e.NewWording}”; it needs a re-check.", null),
            ClaimAnchorChanged e => (e.To == AnchorStatus.Orphaned
                ? $"Revision {e.RevisionNumber} removed the words of the claim “{e.OldQuote}”; it is orphaned."
                : $"A claim's words are now “{e.NewQuote}” (revision {e.RevisionNumber}).", null),
            ClaimDismissed e => ($"{actor} dismissed a claim.", e.Reason),
            ChainSealed e => ($"The log's first {e.SealedEntries} entries, written before logs were signed, were sealed with the server's audit key.", null),
            _ => ($"{actor}: {entry.Kind}.", (string?)null),
        };
        return new TimelineEntry(entry.Sequence, entry.At, actor, entry.Kind, sentence, detail);
    }

    private static string EndSentence(SignOffEnded e, string signer) => e.Reason switch
    {
        SignOffEnd.TextChanged => $"{signer}'s {e.Role} sign-off was invalidated by revision {e.ByRevisionNumber}.",
        SignOffEnd.Superseded => $"{signer}'s earlier {e.Role} decision was replaced by a new one.",
        _ => $"{signer}'s {e.Role} sign-off was withdrawn when the article left its stage.",
    };

    private static string AnchorSentence(AnchorStatusChanged e, string actor) => e.To switch
    {
        AnchorStatus.Orphaned => $"Revision {e.RevisionNumber} removed the words “{e.OldQuote}”; their comment is orphaned.",
        AnchorStatus.TextChanged => $"Revision {e.RevisionNumber} changed commented words “{e.OldQuote}” to “{e.NewQuote}”.",
        AnchorStatus.Moved => $"Revision {e.RevisionNumber} moved commented words “{e.NewQuote}”; the comment followed.",
        _ => $"{actor} re-attached a comment to “{e.NewQuote}”.",
    };

    private static string Count(int count) => count == 1 ? "1 tracked change" : $"{count} tracked changes";

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

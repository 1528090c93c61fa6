using System.Text.Json;
using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Claims;
using Editorial.Domain.Audit;
using Editorial.Domain.Workflow;

namespace Editorial.Web.Features.Workflow;

/// <summary>Tells audit entries in plain language ("Maya Manager sent it back to Draft").</summary>
public static class TimelineFormatter
{
    /// <summary>The other people an entry names (a signer, assignees), to look up their names.</summary>
    public static IEnumerable<string> PeopleIn(AuditEvent entry) => entry.Kind switch
    {
        nameof(SignOffEnded) => new[] { Read(entry, "signerId") }.OfType<string>(),
        nameof(ArticleAssigned) => new[] { Read(entry, "factCheckerId"), Read(entry, "managerId") }.OfType<string>(),
        _ => [],
    };

    /// <summary>Describes <paramref name="entry"/>, naming people from <paramref name="names"/>.</summary>
    public static TimelineEntry Describe(AuditEvent entry, IReadOnlyDictionary<string, string> names, WorkflowPolicy policy)
    {
        string Name(string? userId) => userId is null ? "The system" : names.GetValueOrDefault(userId, "A former user");
        string Stage(string? name) => policy.Stages.FirstOrDefault(s => s.Name == name)?.Label ?? name ?? "?";
        var actor = Name(entry.ActorId);
        string NameOrNobody(string? userId) => userId is null ? "nobody" : Name(userId);

        var (sentence, detail) = entry.Kind switch
        {
            nameof(ArticleCreated) => (Read(entry, "imported") == "True"
                ? $"{actor} imported the article in {Stage(Read(entry, "stage"))}."
                : $"{actor} created the article.", null),
            nameof(TextRevised) => ($"{actor} saved revision {Read(entry, "revisionNumber")}.", NullIfEmpty(Read(entry, "summary"))),
            nameof(SignOffGiven) => (Read(entry, "decision") == nameof(SignOffDecision.Approve)
                ? $"{actor} signed off revision {Read(entry, "revisionNumber")} as {Read(entry, "role")}."
                : $"{actor} asked for changes to revision {Read(entry, "revisionNumber")} as {Read(entry, "role")}.",
                NullIfEmpty(Read(entry, "comment"))),
            nameof(SignOffEnded) => (EndSentence(entry, Name(Read(entry, "signerId"))), null),
            nameof(StageChanged) => (Read(entry, "bySignOffs") == "True"
                ? $"With the last required sign-off, the article moved to {Stage(Read(entry, "to"))}."
                : $"{actor} moved the article from {Stage(Read(entry, "from"))} to {Stage(Read(entry, "to"))} ({Read(entry, "transition")}).",
                NullIfEmpty(Read(entry, "reason"))),
            nameof(ArticleAssigned) => ($"{actor} assigned fact-checker {NameOrNobody(Read(entry, "factCheckerId"))}, " +
                $"manager {NameOrNobody(Read(entry, "managerId"))}, due {Due(Read(entry, "dueAt"))}.", null),
            nameof(ChangesAccepted) => ($"{actor} accepted {Count(Read(entry, "count"))} (baseline {Read(entry, "baselineNumber")}).", null),
            nameof(ChangesRejected) => ($"{actor} rejected {Count(Read(entry, "count"))}, making revision {Read(entry, "revisionNumber")}.", null),
            nameof(CommentAdded) => ($"{actor} commented on “{Read(entry, "quote")}”.", Read(entry, "text")),
            nameof(CommentReplied) => ($"{actor} replied to a comment.", Read(entry, "text")),
            nameof(CommentEdited) => ($"{actor} edited a comment.", Read(entry, "newText")),
            nameof(CommentDeleted) => ($"{actor} deleted a comment.", null),
            nameof(CommentThreadStatusChanged) => ($"{actor} {(Read(entry, "status") == nameof(ThreadStatus.Resolved) ? "resolved" : "reopened")} a comment thread.", null),
            nameof(AnchorStatusChanged) => (AnchorSentence(entry, actor), null),
            nameof(ClaimFlagged) => ($"{actor} flagged a claim: “{Read(entry, "quote")}”.", NullIfEmpty(Read(entry, "claimant"))),
            nameof(ClaimDetailsChanged) => ($"{actor} updated a claim's details.", null),
            nameof(ClaimStatusSet) => ($"{actor} set a claim to {Read(entry, "to")}: “{Read(entry, "wording")}”.", NullIfEmpty(Read(entry, "verdict"))),
            nameof(ClaimSourceAdded) => ($"{actor} added a source to a claim: {Read(entry, "url")}.", null),
            nameof(ClaimSourceRemoved) => ($"{actor} removed a source from a claim: {Read(entry, "url")}.", null),
            nameof(ClaimNeedsRecheck) => ($"Revision {Read(entry, "revisionNumber")} changed a checked claim from “{Read(entry, "checkedWording")}” to “{Read(entry, "newWording")}”; it needs a re-check.", null),
            nameof(ClaimAnchorChanged) => (Read(entry, "to") == nameof(AnchorStatus.Orphaned)
                ? $"Revision {Read(entry, "revisionNumber")} removed the words of the claim “{Read(entry, "oldQuote")}”; it is orphaned."
                : $"A claim's words are now “{Read(entry, "newQuote")}” (revision {Read(entry, "revisionNumber")}).", null),
            nameof(ClaimDismissed) => ($"{actor} dismissed a claim.", Read(entry, "reason")),
            AuditEvent.ChainSealedKind => ($"The log's first {Read(entry, "sealedEntries")} entries, written before logs were signed, " +
                "were sealed with the server's audit key.", null),
            _ => ($"{actor}: {entry.Kind}.", null),
        };
        return new TimelineEntry(entry.Sequence, entry.At, actor, entry.Kind, sentence, detail);
    }

    private static string EndSentence(AuditEvent entry, string signer) => Read(entry, "reason") switch
    {
        nameof(SignOffEnd.TextChanged) => $"{signer}'s {Read(entry, "role")} sign-off was invalidated by revision {Read(entry, "byRevisionNumber")}.",
        nameof(SignOffEnd.Superseded) => $"{signer}'s earlier {Read(entry, "role")} decision was replaced by a new one.",
        _ => $"{signer}'s {Read(entry, "role")} sign-off was withdrawn when the article left its stage.",
    };

    private static string AnchorSentence(AuditEvent entry, string actor) => Read(entry, "to") switch
    {
        nameof(AnchorStatus.Orphaned) => $"Revision {Read(entry, "revisionNumber")} removed the words “{Read(entry, "oldQuote")}”; their comment is orphaned.",
        nameof(AnchorStatus.TextChanged) => $"Revision {Read(entry, "revisionNumber")} changed commented words “{Read(entry, "oldQuote")}” to “{Read(entry, "newQuote")}”.",
        nameof(AnchorStatus.Moved) => $"Revision {Read(entry, "revisionNumber")} moved commented words “{Read(entry, "newQuote")}”; the comment followed.",
        _ => $"{actor} re-attached a comment to “{Read(entry, "newQuote")}”.",
    };

    private static string Count(string? count) => count == "1" ? "1 tracked change" : $"{count} tracked changes";

    private static string Due(string? iso) =>
        DateTime.TryParse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var due)
            ? due.ToUniversalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : "no date";

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? Read(AuditEvent entry, string property)
    {
        using var document = JsonDocument.Parse(entry.Payload);
        return document.RootElement.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => "True",
                JsonValueKind.False => "False",
                JsonValueKind.Null => null,
                _ => value.GetRawText(),
            }
            : null;
    }
}

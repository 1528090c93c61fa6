namespace Editorial.Web.Features.Workflow;

/// <summary>An audit-log entry told in plain language.</summary>
/// <param name="Sequence">Position in the article's log.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">Who, by name ("the system" for imports).</param>
/// <param name="Kind">The entry's kind ("StageChanged").</param>
/// <param name="Sentence">What happened, as a sentence.</param>
/// <param name="Detail">A reason or comment given, if any.</param>
public sealed record TimelineEntry(long Sequence, DateTime At, string Actor, string Kind, string Sentence, string? Detail);

namespace Editorial.Domain.Claims;

/// <summary>What made a sentence worth checking.</summary>
public enum CandidateKind
{
    /// <summary>A number such as 14,000 or $3.2bn.</summary>
    Figure,

    /// <summary>A quantity in words ("two", "more than", "thousands").</summary>
    Quantity,

    /// <summary>A year, month or day.</summary>
    Date,

    /// <summary>A percentage.</summary>
    Percentage,

    /// <summary>Words in quotation marks.</summary>
    DirectQuote,

    /// <summary>"according to", "said", "reported"….</summary>
    Attribution,

    /// <summary>"first", "largest", "most"….</summary>
    Superlative,
}

/// <summary>One rule that picked a sentence, and the words it matched.</summary>
/// <param name="Kind">The rule.</param>
/// <param name="Words">The words.</param>
public sealed record CandidateReason(CandidateKind Kind, string Words)
{
    /// <summary>The reason in plain words, e.g. "a figure: 14,000".</summary>
    public string Explanation => Kind switch
    {
        CandidateKind.Figure => $"a figure: {Words}",
        CandidateKind.Quantity => $"a quantity: {Words}",
        CandidateKind.Date => $"a date: {Words}",
        CandidateKind.Percentage => $"a percentage: {Words}",
        CandidateKind.DirectQuote => $"a direct quote: {Words}",
        CandidateKind.Attribution => $"an attribution: “{Words}”",
        _ => $"a superlative: {Words}",
    };
}

/// <summary>A sentence of the body worth checking.</summary>
/// <param name="Start">UTF-16 offset of the sentence in the body.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Sentence">Its text.</param>
/// <param name="Reasons">Why it was picked.</param>
public sealed record ClaimCandidate(int Start, int End, string Sentence, IReadOnlyList<CandidateReason> Reasons);

/// <summary>The check-worthy sentences of one revision of an article.</summary>
/// <param name="RevisionNumber">The revision they were found in (flagging one refers to it).</param>
/// <param name="Candidates">The sentences, in text order.</param>
public sealed record ClaimCandidates(int RevisionNumber, IReadOnlyList<ClaimCandidate> Candidates);

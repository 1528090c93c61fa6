using System.Text.RegularExpressions;
using Editorial.Domain.Text;

namespace Editorial.Domain.Claims;

/// <summary>
/// Finds sentences worth checking with explainable rules — figures, quantities, dates,
/// percentages, direct quotes, attributions ("according to", "said", "reported") and
/// superlatives — and says for each which rules picked it and on which words. An aid for the
/// fact-checker, not a verdict: nothing is flagged until someone chooses to.
/// </summary>
public static partial class CheckWorthiness
{
    /// <summary>The candidate sentences of <paramref name="body"/>, in text order.</summary>
    public static IReadOnlyList<ClaimCandidate> Candidates(string body)
    {
        var candidates = new List<ClaimCandidate>();
        foreach (var paragraph in Paragraphs.Split(body))
        {
            foreach (var (start, end) in Sentences(paragraph.Text))
            {
                var sentence = paragraph.Text[start..end];
                var reasons = ReasonsIn(sentence);
                if (reasons.Count > 0)
                {
                    candidates.Add(new ClaimCandidate(paragraph.Start + start, paragraph.Start + end, sentence, reasons));
                }
            }
        }

        return candidates;
    }

    /// <summary>Longest sentence the rules look at; past this only its start is read.</summary>
    public const int MaxSentenceLength = 2_000;

    /// <summary>Why <paramref name="sentence"/> is worth checking; empty when it is not.</summary>
    public static IReadOnlyList<CandidateReason> ReasonsIn(string sentence)
    {
        // Every rule has a time limit and reads a bounded text: a pathological sentence (an opening
        // quote that never closes in a run-on paragraph) costs a rule its match, never the server.
        sentence = sentence.Length <= MaxSentenceLength ? sentence : sentence[..MaxSentenceLength];
        var reasons = new List<CandidateReason>();
        reasons.AddRange(Matches(sentence, CandidateKind.Percentage, Percentage()));
        reasons.AddRange(Matches(sentence, CandidateKind.Date, Year()));
        reasons.AddRange(Matches(sentence, CandidateKind.Date, DateWord()));
        reasons.AddRange(Matches(sentence, CandidateKind.Figure, Figure()).Where(f => !Year().IsMatch(f.Words)
            && !reasons.Any(r => r.Kind == CandidateKind.Percentage && r.Words.Contains(f.Words, StringComparison.Ordinal))));
        reasons.AddRange(Matches(sentence, CandidateKind.Quantity, QuantityWord()));
        reasons.AddRange(Matches(sentence, CandidateKind.DirectQuote, DirectQuote()));
        reasons.AddRange(Matches(sentence, CandidateKind.Attribution, Attribution()));
        reasons.AddRange(Matches(sentence, CandidateKind.Superlative, Superlative()));
        return reasons;
    }

    // What one rule finds; a rule that runs out of time finds nothing (the others still count).
    private static List<CandidateReason> Matches(string sentence, CandidateKind kind, Regex rule)
    {
        try
        {
            return rule.Matches(sentence).Select(m => new CandidateReason(kind, m.Value.Trim())).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    // Sentence ends: . ! ? (and a closing quote after them) followed by a space and a capital, a
    // digit or an opening quote — but not after a common abbreviation or an initial.
    private static IEnumerable<(int Start, int End)> Sentences(string paragraph)
    {
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(paragraph))
        {
            var stop = end.Index + end.Length;
            // Only the last word before the stop decides whether it is an abbreviation.
            var before = paragraph[Math.Max(start, end.Index - 8)..end.Index];
            if (Abbreviation().IsMatch(before))
            {
                continue;
            }

            yield return Trimmed(paragraph, start, stop);
            start = stop;
            while (start < paragraph.Length && char.IsWhiteSpace(paragraph[start]))
            {
                start++;
            }
        }

        if (start < paragraph.Length)
        {
            yield return Trimmed(paragraph, start, paragraph.Length);
        }
    }

    private static (int, int) Trimmed(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    [GeneratedRegex(@"[.!?][’”""']?(?=\s+[‘“""'\p{Lu}\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Jr|Sr|vs|etc|e\.g|i\.e|U\.S|U\.K|U\.N)|\b\p{Lu})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b|percent\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 250)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"\b(?:1[89]\d\d|20\d\d)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last (?:week|month|year))\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex DateWord();

    [GeneratedRegex(@"[$€£¥]?\d[\d,.]*\d(?:\s?(?:bn|m|k|million|billion|trillion))?|[$€£¥]?\d(?:\s?(?:bn|m|k|million|billion|trillion))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?|hundreds|thousands|millions|billions|million|billion|trillion|half|twice|double|triple|tripled|doubled|(?:more|fewer|less) than)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 250)]
    private static partial Regex QuantityWord();

    // An opening quote at the start of a word, at least three words, and a closing quote not
    // followed by a letter (so the apostrophe in "Kim’s" does not end a quote).
    [GeneratedRegex(@"(?<!\p{L})[‘“""](?=\S)(?:(?![’”""](?!\p{L})).){2,}?\s(?:(?![’”""](?!\p{L})).)+?\s(?:(?![’”""](?!\p{L})).)+?[’”""](?!\p{L})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex DirectQuote();

    [GeneratedRegex(@"\b(?:according to|said|says|told|reported|reports|claimed|claims|stated|announced|declared|estimated|estimates|confirmed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 250)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\b(?:most|least|first|largest|biggest|highest|lowest|greatest|worst|best|deadliest|longest|fastest|oldest|youngest|smallest|record)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 250)]
    private static partial Regex Superlative();
}

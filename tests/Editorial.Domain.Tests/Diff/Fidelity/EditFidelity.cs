using System.Globalization;
using Editorial.Domain.Diff;

namespace Editorial.Domain.Tests.Diff.Fidelity;

/// <summary>
/// How faithfully a diff's changes follow the edits people made (the measure of issue 14):
/// <list type="bullet">
/// <item><b>own</b>: the share of edits that are a change of their own — touched by exactly one change,
/// which touches no other edit, so a reviewer can accept that edit and reject the one beside it;</item>
/// <item><b>recall</b>: the share of edits touched by any change;</item>
/// <item><b>text</b>: the visible characters the changes mark (removed and added) over those the people changed.</item>
/// </list>
/// A change touches an edit when they share a word or figure, on the old side or the new.
/// </summary>
public sealed record EditFidelity(int Paragraphs, int Edits, int Changes, int Found, int Own, long HumanCharacters, long ChangedCharacters,
    IReadOnlyDictionary<string, (int Edits, int Own)> ByKind)
{
    public double OwnShare => Edits == 0 ? 1 : (double)Own / Edits;

    public double Recall => Edits == 0 ? 1 : (double)Found / Edits;

    public double TextRatio => HumanCharacters == 0 ? 1 : (double)ChangedCharacters / HumanCharacters;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Paragraphs} paragraphs, {Edits} edits, {Changes} changes: own {OwnShare:P1}, recall {Recall:P1}, text {TextRatio:0.000}x")
        + "; own by kind: " + string.Join(", ", ByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value.Own}/{k.Value.Edits}"));

    /// <summary>Scores <paramref name="diff"/> on <paramref name="corpus"/>.</summary>
    public static EditFidelity Of(IReadOnlyList<EditedParagraph> corpus, Func<string, string, IReadOnlyList<DiffHunk>> diff)
    {
        int edits = 0, changes = 0, found = 0, own = 0;
        long human = 0, changed = 0;
        var byKind = new SortedDictionary<string, (int Edits, int Own)>(StringComparer.Ordinal);
        foreach (var paragraph in corpus)
        {
            var hunks = diff(paragraph.Old, paragraph.New);
            var oldWords = HumanEdits.WordTokens(paragraph.Old);
            var newWords = HumanEdits.WordTokens(paragraph.New);
            var editWords = paragraph.Edits.Select(e => (Old: Covered(oldWords, e.OldStart, e.OldEnd), New: Covered(newWords, e.NewStart, e.NewEnd))).ToList();
            var hunkWords = hunks.Select(h => (Old: Covered(oldWords, h.OldStart, h.OldEnd), New: Covered(newWords, h.NewStart, h.NewEnd))).ToList();
            bool Touch(int e, int h) => editWords[e].Old.Overlaps(hunkWords[h].Old) || editWords[e].New.Overlaps(hunkWords[h].New);

            for (var e = 0; e < editWords.Count; e++)
            {
                var touching = Enumerable.Range(0, hunks.Count).Where(h => Touch(e, h)).ToList();
                found += touching.Count > 0 ? 1 : 0;
                var isOwn = touching.Count == 1 && Enumerable.Range(0, editWords.Count).All(other => other == e || !Touch(other, touching[0]));
                own += isOwn ? 1 : 0;
                var kind = paragraph.Edits[e].Kind;
                var (kindEdits, kindOwn) = byKind.GetValueOrDefault(kind);
                byKind[kind] = (kindEdits + 1, kindOwn + (isOwn ? 1 : 0));
            }

            edits += paragraph.Edits.Count;
            changes += hunks.Count;
            human += paragraph.Edits.Sum(e => Visible(paragraph.Old, e.OldStart, e.OldEnd) + Visible(paragraph.New, e.NewStart, e.NewEnd));
            changed += hunks.Sum(h => Visible(paragraph.Old, h.OldStart, h.OldEnd) + Visible(paragraph.New, h.NewStart, h.NewEnd));
        }

        return new EditFidelity(corpus.Count, edits, changes, found, own, human, changed, byKind);
    }

    // The indexes of the words that overlap [start, end).
    private static HashSet<int> Covered(List<Token> words, int start, int end)
    {
        var covered = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start < end && words[i].Start + words[i].Length > start)
            {
                covered.Add(i);
            }
        }

        return covered;
    }

    private static long Visible(string text, int start, int end)
    {
        long count = 0;
        for (var i = start; i < end; i++)
        {
            count += char.IsWhiteSpace(text[i]) ? 0 : 1;
        }

        return count;
    }
}

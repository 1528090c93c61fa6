using Editorial.Domain.Diff;

namespace Editorial.Domain.Tests.Diff.Fidelity;

/// <summary>One edit a person made: the words it took out of the old text and the words it put in the new.</summary>
/// <param name="OldStart">Where the removed words begin in the old text (for an insertion: where the new words go).</param>
/// <param name="OldEnd">Where they end (equal to <paramref name="OldStart"/> for an insertion).</param>
/// <param name="NewStart">Where the added words begin in the new text (for a deletion: where the old words were).</param>
/// <param name="NewEnd">Where they end (equal to <paramref name="NewStart"/> for a deletion).</param>
/// <param name="Kind">What sort of edit it is, for the report.</param>
public sealed record HumanEdit(int OldStart, int OldEnd, int NewStart, int NewEnd, string Kind);

/// <summary>A paragraph before and after a person's edits, with where each edit is.</summary>
public sealed record EditedParagraph(string Old, string New, IReadOnlyList<HumanEdit> Edits);

/// <summary>
/// Edits of the kinds people make to news copy, applied at known places to real paragraphs, so that a diff
/// can be scored against what was really done: a figure or a name changed, a word swapped, a phrase
/// rewritten, words inserted or deleted — one to four per paragraph, a few words apart or many. The
/// replacement words are runs of real words from other paragraphs. The same seed always gives the same
/// corpus.
/// </summary>
/// <remarks>
/// An edit never starts or ends with the word it stands next to or replaces (replacing "the big dog" by
/// "the cat" is the edit "big dog" → "cat"), because otherwise which of the equal words was edited is
/// a matter of opinion, not of fidelity. Edits are at least one unchanged word apart: edits side by
/// side are one edit.
/// </remarks>
public static class HumanEdits
{
    private static readonly string[] Kinds = ["figure", "word", "name", "phrase", "rewrite", "insertion", "deletion"];

    // Words a rewritten phrase often keeps where they were, so that a diff finds them unchanged inside it.
    private static readonly HashSet<string> KeptWords = ["the", "a", "an", "of", "to", "in", "on", "and", "for", "was", "is", "by", "with", "that"];

    /// <summary>Paragraphs of at least <paramref name="minWords"/> words, each edited one to four times.</summary>
    public static IReadOnlyList<EditedParagraph> Apply(IReadOnlyList<string> paragraphs, int seed, int minWords = 20)
    {
        var random = new Random(seed);
        var vocabulary = paragraphs.Select(p => ProseTokenizer.Words(p).ToList()).Where(w => w.Count > 0).ToList();
        var edited = new List<EditedParagraph>();
        foreach (var paragraph in paragraphs)
        {
            var words = WordTokens(paragraph);
            if (words.Count < minWords)
            {
                continue;
            }

            if (Edit(paragraph, words, vocabulary, random) is { } result)
            {
                edited.Add(result);
            }
        }

        return edited;
    }

    private static EditedParagraph? Edit(string text, List<Token> words, List<List<string>> vocabulary, Random random)
    {
        var count = random.Next(100) switch { < 35 => 1, < 65 => 2, < 85 => 3, _ => 4 };
        var plans = new List<(int From, int To, string[] Added, string Kind)>(); // word indexes [From, To)
        var at = random.Next(0, 4);
        for (var n = 0; n < count; n++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var removed = kind switch
            {
                "insertion" => 0,
                "figure" or "word" => 1,
                "name" => random.Next(1, 3),
                "phrase" => random.Next(2, 6),
                "rewrite" => random.Next(5, 10),
                _ => random.Next(1, 5),
            };
            if (at + removed >= words.Count - 1)
            {
                break;
            }

            var added = kind switch
            {
                "deletion" => [],
                "figure" => [Figure(random)],
                "word" => Phrase(vocabulary, random, 1),
                "name" => Phrase(vocabulary, random, random.Next(1, 3)).Select(Capitalized).ToArray(),
                "phrase" => Phrase(vocabulary, random, random.Next(1, 7)),
                "rewrite" => Rewritten(text, words, at, at + removed, vocabulary, random),
                _ => Phrase(vocabulary, random, random.Next(1, 7)),
            };
            if (Clear(text, words, at, at + removed, added))
            {
                plans.Add((at, at + removed, added, kind));
            }

            // The next edit starts one or more unchanged words further on: often close, as edits in one sentence are.
            var gap = random.Next(100) switch { < 15 => 1, < 30 => 2, < 65 => random.Next(3, 7), _ => random.Next(7, 21) };
            at += removed + gap;
        }

        return plans.Count == 0 ? null : Build(text, words, plans);
    }

    // The edit's own words differ from the words it replaces and stands between, at both of its ends.
    private static bool Clear(string text, List<Token> words, int from, int to, string[] added)
    {
        string? WordAt(int i) => i >= 0 && i < words.Count ? text.Substring(words[i].Start, words[i].Length) : null;
        var removed = Enumerable.Range(from, to - from).Select(i => WordAt(i)!).ToArray();
        var (before, after) = (WordAt(from - 1), WordAt(to));
        string[] ends = [.. new[] { removed.FirstOrDefault(), removed.LastOrDefault(), added.FirstOrDefault(), added.LastOrDefault() }
            .OfType<string>()];
        if (removed.SequenceEqual(added) || ends.Any(e => e == before || e == after))
        {
            return false;
        }

        return removed.Length == 0 || added.Length == 0
            || (removed[0] != added[0] && removed[^1] != added[^1]);
    }

    private static EditedParagraph Build(string text, List<Token> words, List<(int From, int To, string[] Added, string Kind)> plans)
    {
        var result = new System.Text.StringBuilder();
        var edits = new List<HumanEdit>();
        var copied = 0;
        foreach (var (from, to, added, kind) in plans)
        {
            var phrase = string.Join(' ', added);
            int oldStart, oldEnd;
            if (from == to)
            {
                // Inserted before word `from`, with a space after it.
                oldStart = oldEnd = words[from].Start;
                result.Append(text, copied, oldStart - copied);
                var newStart = result.Length;
                result.Append(phrase).Append(' ');
                edits.Add(new HumanEdit(oldStart, oldEnd, newStart, newStart + phrase.Length, kind));
                copied = oldStart;
                continue;
            }

            oldStart = words[from].Start;
            oldEnd = words[to - 1].Start + words[to - 1].Length;
            if (added.Length == 0)
            {
                // Deleted with the space after the words, so that the text reads as written.
                var cut = oldEnd < text.Length && text[oldEnd] == ' ' ? oldEnd + 1 : oldEnd;
                result.Append(text, copied, oldStart - copied);
                edits.Add(new HumanEdit(oldStart, oldEnd, result.Length, result.Length, kind));
                copied = cut;
                continue;
            }

            result.Append(text, copied, oldStart - copied);
            var start = result.Length;
            result.Append(phrase);
            edits.Add(new HumanEdit(oldStart, oldEnd, start, start + phrase.Length, kind));
            copied = oldEnd;
        }

        result.Append(text, copied, text.Length - copied);
        return new EditedParagraph(text, result.ToString(), edits);
    }

    // A clause said again in other words that keeps its little words ("the", "of") where they were: one edit
    // to the person who made it, with unchanged words inside it for a diff to find.
    private static string[] Rewritten(string text, List<Token> words, int from, int to, List<List<string>> vocabulary, Random random)
    {
        var old = Enumerable.Range(from, to - from).Select(i => text.Substring(words[i].Start, words[i].Length)).ToArray();
        var added = Phrase(vocabulary, random, old.Length).Where(w => !KeptWords.Contains(w)).ToList();
        for (var i = 1; i < old.Length - 1; i++)
        {
            if (KeptWords.Contains(old[i]) && i < added.Count)
            {
                added.Insert(i, old[i]);
            }
        }

        return [.. added];
    }

    private static string[] Phrase(List<List<string>> vocabulary, Random random, int length)
    {
        var source = vocabulary[random.Next(vocabulary.Count)];
        var start = random.Next(Math.Max(1, source.Count - length));
        return [.. source.Skip(start).Take(length)];
    }

    private static string Figure(Random random) => random.Next(4) switch
    {
        0 => random.Next(2, 99).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => random.Next(1_000, 99_999).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        2 => random.Next(1850, 2030).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => random.Next(1, 99).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%",
    };

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>The words and figures of a text, as the diff sees them.</summary>
    public static List<Token> WordTokens(string text) =>
        [.. ProseTokenizer.Tokenize(text).Where(t => t.Kind is TokenKind.Word or TokenKind.Number)];
}

using DiffPlex;

namespace Editorial.Domain.Diff;

/// <summary>
/// Compares two versions of an article the way an editor reads them (docs/architecture.md §5): paragraphs
/// first, then words inside the paragraphs that changed.
/// </summary>
/// <remarks>
/// <para>Algorithm: Myers' O((N+M)·D) difference, as implemented by DiffPlex's <see cref="Differ"/>,
/// fed with our own units — lines for the paragraph pass, <see cref="ProseTokenizer"/> tokens for the
/// word pass (DiffPlex's own WordChunker drops newlines, quotes and dashes, and splits "14,000").
/// Myers is optimal for the small D of real editing and DiffPlex is a maintained, measured
/// implementation; the paragraph pass keeps N small (one paragraph, not the whole article) so the
/// word pass stays cheap even on a 10,000-word article. See docs/benchmarks.md.</para>
/// <para>Clean-up, so that each change is one edit as a person made it (docs/architecture.md §5): changes
/// with only spaces and marks between them are one; changes with unchanged words between them are
/// separate, except around the little words a rewritten phrase keeps (<see cref="OneRewrite"/>); a
/// change that would cut a word (e.g. "U.S." is four tokens) widens to the whole word; a paragraph
/// whose words mostly changed is shown as replaced whole.</para>
/// <para>A work budget bounds the effort, and it is counted, not timed, so that the same two texts
/// always give the same result — on a loaded server as on an idle one, because what is stored
/// (attribution, anchors, merges) is built from it. Myers costs about (n + m)·D for paragraphs of n
/// and m tokens that differ in D: an ordinary paragraph pair is charged its worst case, (n + m)²; a
/// long one the steps Myers' own forward pass takes on it (<see cref="MyersWork"/>), counted up to
/// the remaining budget — inside the paragraph, so one 200,000-character paragraph with its words
/// reordered costs no more than any other input. A pair the remaining budget cannot pay for is
/// reported whole (paragraph-level fallback, flagged in <see cref="ProseDiffResult.FellBack"/>) and
/// ends the word pass for the rest, so any input finishes promptly.</para>
/// </remarks>
public static class ProseDiff
{
    /// <summary>
    /// The default work budget, in steps of Myers' algorithm (<see cref="MyersWork"/>): any input stays
    /// under 100 ms on this project's 2-core test machine, and a 10,000-word article rewritten
    /// throughout needs less (see docs/benchmarks.md).
    /// </summary>
    public const long DefaultWorkBudget = 10_000_000;

    // A paragraph pair whose worst case is above this (about 1,000 tokens together) is charged what Myers really spends on it.
    private const long LongPairWork = 1_000_000;

    // Blocks with more pairs of paragraphs than this to weigh are paired in order (see Paired).
    private const long MostPairings = 2_500;

    // Paragraphs that share less of their words than this are not the same paragraph edited (see Paired).
    private const double MinPairing = 0.3;

    // At most this many little words kept inside a rewritten phrase still leave it one change (see OneEdit).
    private const int MostKeptWords = 2;

    // Two changes of one word each around a little word are two edits; more than that around it is one rewrite (see OneEdit).
    private const int MinRewrite = 3;

    // English function words: what a rewritten phrase keeps by chance rather than by intent (see OneEdit).
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "and", "or", "but",
        "that", "which", "who", "is", "was", "are", "were", "be", "been", "has", "had", "have", "it", "its",
        "this", "their", "his", "her", "not",
    };

    // Below this share of unchanged words, a paragraph reads better as replaced than as patched.
    private const double RewriteThreshold = 0.3;

    /// <summary>The changes that turn <paramref name="oldText"/> into <paramref name="newText"/>.</summary>
    /// <param name="oldText">The text before.</param>
    /// <param name="newText">The text after.</param>
    /// <param name="workBudget">Steps of Myers' algorithm the word pass may spend (see the remarks).</param>
    public static ProseDiffResult Compute(string oldText, string newText, long workBudget = DefaultWorkBudget)
    {
        if (oldText == newText)
        {
            return new ProseDiffResult(oldText, newText, [], false);
        }

        var budget = workBudget;
        var oldLines = new LineIndex(oldText);
        var newLines = new LineIndex(newText);
        var lineDiff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());

        var hunks = new List<DiffHunk>();
        var fellBack = false;
        foreach (var block in lineDiff.DiffBlocks)
        {
            var (a, c) = (block.DeleteStartA, block.InsertStartB);
            var (nextOld, nextNew) = (a, c);
            foreach (var (o, n) in Paired(oldText, oldLines, a, block.DeleteCountA, newText, newLines, c, block.InsertCountB))
            {
                // The paragraphs between two pairs are deleted, inserted or replaced whole.
                if (o > nextOld || n > nextNew)
                {
                    hunks.Add(WholeRuns(oldLines, nextOld, o, newLines, nextNew, n));
                }

                // Paired paragraphs are compared word by word, inside their content.
                var (os, oe) = (oldLines.ContentStart(o), oldLines.ContentEnd(o));
                var (ns, ne) = (newLines.ContentStart(n), newLines.ContentEnd(n));
                var oldTokens = ProseTokenizer.Tokenize(oldText[os..oe]);
                var newTokens = ProseTokenizer.Tokenize(newText[ns..ne]);
                var cost = WorkOf(oldText, oldTokens, os, newText, newTokens, ns, budget);
                if (cost > budget)
                {
                    // What was spent finding out is spent: the next pairs get what is left.
                    budget = 0;
                    fellBack = true;
                    hunks.Add(new DiffHunk(os, oe - os, ns, ne - ns));
                }
                else
                {
                    budget -= cost;
                    hunks.AddRange(WordHunks(oldText, os, oe, oldTokens, newText, ns, ne, newTokens));
                }

                (nextOld, nextNew) = (o + 1, n + 1);
            }

            var (endOld, endNew) = (a + block.DeleteCountA, c + block.InsertCountB);
            if (endOld > nextOld || endNew > nextNew)
            {
                hunks.Add(WholeRuns(oldLines, nextOld, endOld, newLines, nextNew, endNew));
            }
        }

        return new ProseDiffResult(oldText, newText, Merge(hunks), fellBack);
    }

    // Which changed paragraphs of a block are the same paragraph edited, in order. As many on each side:
    // pairwise in order (a block of edited paragraphs). Otherwise paragraphs were also inserted or deleted
    // beside the edited ones, and each is paired with the one that shares most of its words (at least
    // MinPairing of them, order kept), so that an edited paragraph is not compared with a new one that
    // took its place; a block too large to pair this way is paired in order.
    private static List<(int Old, int New)> Paired(string oldText, LineIndex oldLines, int a, int oldCount,
        string newText, LineIndex newLines, int c, int newCount)
    {
        if (oldCount == newCount || (long)oldCount * newCount > MostPairings || oldCount == 0 || newCount == 0)
        {
            return [.. Enumerable.Range(0, Math.Min(oldCount, newCount)).Select(p => (a + p, c + p))];
        }

        var oldWords = Enumerable.Range(a, oldCount).Select(l => WordSet(oldText, oldLines, l)).ToArray();
        var newWords = Enumerable.Range(c, newCount).Select(l => WordSet(newText, newLines, l)).ToArray();
        var best = new double[oldCount + 1, newCount + 1];
        for (var i = 1; i <= oldCount; i++)
        {
            for (var j = 1; j <= newCount; j++)
            {
                var similarity = Similarity(oldWords[i - 1], newWords[j - 1]);
                best[i, j] = Math.Max(Math.Max(best[i - 1, j], best[i, j - 1]),
                    similarity >= MinPairing ? best[i - 1, j - 1] + similarity : double.MinValue);
            }
        }

        var pairs = new List<(int Old, int New)>();
        for (int i = oldCount, j = newCount; i > 0 && j > 0;)
        {
            if (best[i, j] == best[i - 1, j])
            {
                i--;
            }
            else if (best[i, j] == best[i, j - 1])
            {
                j--;
            }
            else
            {
                pairs.Add((a + i - 1, c + j - 1));
                (i, j) = (i - 1, j - 1);
            }
        }

        pairs.Reverse();
        return pairs;
    }

    private static HashSet<string> WordSet(string text, LineIndex lines, int line) =>
        ProseTokenizer.Words(text[lines.ContentStart(line)..lines.ContentEnd(line)]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // Dice's coefficient of two paragraphs' words.
    private static double Similarity(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 1 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    // Old lines [oldFrom, oldTo) replaced by new lines [newFrom, newTo), either side possibly none.
    private static DiffHunk WholeRuns(LineIndex oldLines, int oldFrom, int oldTo, LineIndex newLines, int newFrom, int newTo)
    {
        if (oldFrom == oldTo)
        {
            return WholeLines(newLines, newFrom, newTo, oldLines, oldFrom, deleted: false);
        }

        if (newFrom == newTo)
        {
            return WholeLines(oldLines, oldFrom, oldTo, newLines, newFrom, deleted: true);
        }

        // Both sides have lines here, and the same lines before and after them: their contents are replaced.
        var (os, oe) = (oldLines.ContentStart(oldFrom), oldLines.ContentEnd(oldTo - 1));
        var (ns, ne) = (newLines.ContentStart(newFrom), newLines.ContentEnd(newTo - 1));
        return new DiffHunk(os, oe - os, ns, ne - ns);
    }

    // Lines [from, to) of one side, with the line break that separates them from the rest: the one
    // after them, or — at the end of the text — the one before them; and the matching point on the
    // other side, where those lines are absent.
    private static DiffHunk WholeLines(LineIndex side, int from, int to, LineIndex other, int otherLine, bool deleted)
    {
        int start, end, point;
        if (to < side.Count)
        {
            (start, end) = (side.ContentStart(from), side.ContentStart(to));
            point = other.ContentStart(otherLine);
        }
        else if (from > 0)
        {
            (start, end) = (side.ContentEnd(from - 1), side.Length);
            point = other.Length;
        }
        else
        {
            (start, end) = (0, side.Length);
            point = 0;
        }

        return deleted
            ? new DiffHunk(start, end - start, point, 0)
            : new DiffHunk(point, 0, start, end - start);
    }

    // What comparing two paragraphs word by word is charged. An ordinary pair is charged Myers' worst
    // case, (n + m)² steps, which is small and costs nothing to work out; a long pair the steps Myers
    // will really take on it (MyersWork), counted with the remaining budget as the limit, so that
    // counting a pair the budget cannot pay for costs no more than the budget.
    private static long WorkOf(string oldText, IReadOnlyList<Token> oldTokens, int os, string newText, IReadOnlyList<Token> newTokens, int ns,
        long budget)
    {
        long size = oldTokens.Count + newTokens.Count;
        if (size * size <= LongPairWork)
        {
            return size * size;
        }

        // Tokens as numbers, equal for equal text; looked up by span, so no string is made per token.
        var ids = new Dictionary<string, int>(oldTokens.Count, StringComparer.Ordinal);
        var bySpan = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        int[] Numbered(string text, IReadOnlyList<Token> tokens, int at)
        {
            var numbers = new int[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                var span = text.AsSpan(at + tokens[i].Start, tokens[i].Length);
                if (!bySpan.TryGetValue(span, out var id))
                {
                    id = ids.Count;
                    bySpan[span] = id;
                }

                numbers[i] = id;
            }

            return numbers;
        }

        return MyersWork.Of(Numbered(oldText, oldTokens, os), Numbered(newText, newTokens, ns), budget);
    }

    private static IEnumerable<DiffHunk> WordHunks(string oldText, int os, int oe, IReadOnlyList<Token> oldTokens,
        string newText, int ns, int ne, IReadOnlyList<Token> newTokens)
    {
        var oldPart = oldText[os..oe];
        var newPart = newText[ns..ne];
        var chunker = new TokenChunker(oldPart, oldTokens, newPart, newTokens);
        var result = Differ.Instance.CreateDiffs(oldPart, newPart, ignoreWhiteSpace: false, ignoreCase: false, chunker);

        var changedWords = result.DiffBlocks.Sum(b => CountWords(oldTokens, b.DeleteStartA, b.DeleteCountA));
        var words = CountWords(oldTokens, 0, oldTokens.Count);
        if (words > 0 && words - changedWords < RewriteThreshold * words)
        {
            return [new DiffHunk(os, oe - os, ns, ne - ns)];
        }

        var changes = result.DiffBlocks.Select(block => Widen((block.DeleteStartA, block.DeleteStartA + block.DeleteCountA,
            block.InsertStartB, block.InsertStartB + block.InsertCountB), oldTokens, newTokens)).ToList();

        // First what only spaces and marks separate, then rewrites: whether the changes around a little word
        // are one rewrite depends on what each of them is once whole.
        var spans = Joined(Joined(changes, (a, b) => WordsBetween(oldTokens, a, b).Count == 0),
            (a, b) => OneRewrite(oldPart, oldTokens, newTokens, a, b));

        return spans.Select(s => new DiffHunk(
            os + Offset(oldTokens, s.Os, oldPart.Length), Offset(oldTokens, s.Oe, oldPart.Length) - Offset(oldTokens, s.Os, oldPart.Length),
            ns + Offset(newTokens, s.Ns, newPart.Length), Offset(newTokens, s.Ne, newPart.Length) - Offset(newTokens, s.Ns, newPart.Length)));
    }

    // Neighbouring changes joined wherever `together` says they are one edit.
    private static List<(int Os, int Oe, int Ns, int Ne)> Joined(List<(int Os, int Oe, int Ns, int Ne)> changes,
        Func<(int Os, int Oe, int Ns, int Ne), (int Os, int Oe, int Ns, int Ne), bool> together)
    {
        var joined = new List<(int Os, int Oe, int Ns, int Ne)>(changes.Count);
        foreach (var change in changes)
        {
            if (joined.Count > 0 && together(joined[^1], change))
            {
                joined[^1] = (joined[^1].Os, Math.Max(joined[^1].Oe, change.Oe), joined[^1].Ns, Math.Max(joined[^1].Ne, change.Ne));
            }
            else
            {
                joined.Add(change);
            }
        }

        return joined;
    }

    // The unchanged words of the old text between two changes.
    private static List<Token> WordsBetween(IReadOnlyList<Token> oldTokens, (int Os, int Oe, int Ns, int Ne) a, (int Os, int Oe, int Ns, int Ne) b) =>
        [.. Words(oldTokens, a.Oe, Math.Max(a.Oe, b.Os))];

    // Words separate edits; spaces and marks alone do not. The one exception: a phrase rewritten whole often
    // keeps a little word or two where they were ("voted on the budget" → "approved the spending plan"), and
    // then the changes on both sides of them are one rewrite, not two edits. A little word between two
    // changes of one word each is not such a case ("propose a new" → "present a novel" is two edits).
    private static bool OneRewrite(string oldPart, IReadOnlyList<Token> oldTokens, IReadOnlyList<Token> newTokens,
        (int Os, int Oe, int Ns, int Ne) a, (int Os, int Oe, int Ns, int Ne) b)
    {
        var between = WordsBetween(oldTokens, a, b);
        static int Larger(IReadOnlyList<Token> oldTokens, IReadOnlyList<Token> newTokens, (int Os, int Oe, int Ns, int Ne) s) =>
            Math.Max(CountWords(oldTokens, s.Os, s.Oe - s.Os), CountWords(newTokens, s.Ns, s.Ne - s.Ns));
        static bool Replaces((int Os, int Oe, int Ns, int Ne) s) => s.Oe > s.Os && s.Ne > s.Ns;

        return between.Count <= MostKeptWords
            && between.All(t => FunctionWords.Contains(oldPart.Substring(t.Start, t.Length)))
            && Replaces(a) && Replaces(b)
            && Larger(oldTokens, newTokens, a) + Larger(oldTokens, newTokens, b) >= MinRewrite;
    }

    private static IEnumerable<Token> Words(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                yield return tokens[i];
            }
        }
    }

    // A change must not cut a word: where a change meets an unchanged word-like token with nothing
    // between them, that token joins the change on both sides. The tokenizer already keeps words,
    // figures and abbreviations whole, so this only acts on unusual glued runs.
    private static (int Os, int Oe, int Ns, int Ne) Widen((int Os, int Oe, int Ns, int Ne) s, IReadOnlyList<Token> oldTokens, IReadOnlyList<Token> newTokens)
    {
        static bool WordLike(IReadOnlyList<Token> tokens, int i) =>
            i >= 0 && i < tokens.Count && tokens[i].Kind is TokenKind.Word or TokenKind.Number;

        while (s.Os > 0 && s.Ns > 0 && WordLike(oldTokens, s.Os - 1)
               && ((s.Os < s.Oe && WordLike(oldTokens, s.Os)) || (s.Ns < s.Ne && WordLike(newTokens, s.Ns))))
        {
            s = (s.Os - 1, s.Oe, s.Ns - 1, s.Ne);
        }

        while (s.Oe < oldTokens.Count && s.Ne < newTokens.Count && WordLike(oldTokens, s.Oe)
               && ((s.Os < s.Oe && WordLike(oldTokens, s.Oe - 1)) || (s.Ns < s.Ne && WordLike(newTokens, s.Ne - 1))))
        {
            s = (s.Os, s.Oe + 1, s.Ns, s.Ne + 1);
        }

        return s;
    }

    private static int Offset(IReadOnlyList<Token> tokens, int index, int textLength) =>
        index < tokens.Count ? tokens[index].Start : textLength;

    private static int CountWords(IReadOnlyList<Token> tokens, int start, int count)
    {
        var words = 0;
        for (var i = start; i < start + count; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        return words;
    }

    // Adjacent or overlapping hunks (from widening or paragraph edges) become one.
    private static List<DiffHunk> Merge(List<DiffHunk> hunks)
    {
        var merged = new List<DiffHunk>(hunks.Count);
        foreach (var hunk in hunks.OrderBy(h => h.OldStart).ThenBy(h => h.NewStart))
        {
            if (merged.Count > 0 && hunk.OldStart <= merged[^1].OldEnd && hunk.NewStart <= merged[^1].NewEnd)
            {
                var last = merged[^1];
                var oldEnd = Math.Max(last.OldEnd, hunk.OldEnd);
                var newEnd = Math.Max(last.NewEnd, hunk.NewEnd);
                merged[^1] = new DiffHunk(last.OldStart, oldEnd - last.OldStart, last.NewStart, newEnd - last.NewStart);
            }
            else if (hunk.OldLength > 0 || hunk.NewLength > 0)
            {
                merged.Add(hunk);
            }
        }

        return merged;
    }

    /// <summary>The lines (paragraphs) of a text, split at line breaks, by content range.</summary>
    private sealed class LineIndex
    {
        private readonly List<int> _starts = [0];

        public LineIndex(string text)
        {
            Length = text.Length;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int Length { get; }

        public int Count => _starts.Count;

        public int ContentStart(int line) => _starts[line];

        public int ContentEnd(int line) => line + 1 < _starts.Count ? _starts[line + 1] - 1 : Length;
    }

    // Paragraphs compare by content; the line breaks between them are separators, not part of them.
    private sealed class LineChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Split('\n');
    }

    private sealed class TokenChunker(string oldText, IReadOnlyList<Token> oldTokens, string newText, IReadOnlyList<Token> newTokens) : IChunker
    {
        public IReadOnlyList<string> Chunk(string text)
        {
            var (source, tokens) = ReferenceEquals(text, oldText) ? (oldText, oldTokens)
                : ReferenceEquals(text, newText) ? (newText, newTokens)
                : (text, ProseTokenizer.Tokenize(text));
            var pieces = new string[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                pieces[i] = source.Substring(tokens[i].Start, tokens[i].Length);
            }

            return pieces;
        }
    }
}

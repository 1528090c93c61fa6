using System.Text.RegularExpressions;

namespace Editorial.Domain.Search;

/// <summary>
/// What a person typed in the search box, reduced to the words it holds: letters and digits only,
/// so no operator of either database's search syntax can come from the input. People search while
/// they type, so the last word typed in part still finds: on SQLite as a prefix of any word, on
/// PostgreSQL inside titles and bylines. Each database's query is written from these
/// words (<see cref="ToPostgresQuery"/>, <see cref="ToSqliteMatch"/>), never from the raw input.
/// A last word shorter than <see cref="MinPrefixLength"/> matches only as a whole word.
/// </summary>
public sealed partial class SearchTerms
{
    /// <summary>Longest input looked at.</summary>
    public const int MaxInputLength = 200;

    /// <summary>Most words a search uses.</summary>
    public const int MaxWords = 8;

    /// <summary>Longest word kept.</summary>
    public const int MaxWordLength = 64;

    private SearchTerms(IReadOnlyList<string> words, string phrase)
    {
        Words = words;
        Phrase = phrase;
    }

    /// <summary>The words, lowercased, in the order typed (repeats dropped).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The words joined by single spaces: what a title must contain to match as typed.</summary>
    public string Phrase { get; }

    /// <summary>True when the input held no word to search for.</summary>
    public bool IsEmpty => Words.Count == 0;

    /// <summary>The words of <paramref name="input"/> (null or blank gives none).</summary>
    public static SearchTerms Parse(string? input)
    {
        var text = input is null ? string.Empty : input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        var words = Word().Matches(text)
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length <= MaxWordLength)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxWords)
            .ToList();
        return new SearchTerms(words, string.Join(' ', words));
    }

    /// <summary>Shortest last word (or phrase) that is also looked for as part of a word (a shorter one would match too much).</summary>
    public const int MinPrefixLength = 3;

    /// <summary>Whether the last word is long enough to be looked for as a prefix too.</summary>
    public bool HasPrefix => Words.Count > 0 && Words[^1].Length >= MinPrefixLength;

    /// <summary>
    /// A PostgreSQL <c>to_tsquery</c> text: every word, whole (<c>kim &amp; forklift</c>). On PostgreSQL a
    /// word typed in part is found in titles and bylines by their trigram indexes instead, since a
    /// prefix in the full-text index stands for so many words that it cannot be bounded.
    /// </summary>
    public string ToPostgresQuery() => string.Join(" & ", Words);

    /// <summary>An SQLite FTS5 MATCH text: every word quoted, the last also as a prefix when it is long enough (<c>"kim" "forkl"*</c>).</summary>
    public string ToSqliteMatch() => string.Join(' ', Words.Select((w, i) => HasPrefix && i == Words.Count - 1 ? $"\"{w}\"*" : $"\"{w}\""));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

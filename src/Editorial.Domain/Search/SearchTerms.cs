using System.Text.RegularExpressions;

namespace Editorial.Domain.Search;

/// <summary>
/// What a person typed in the search box, reduced to the words it holds: letters and digits only,
/// so no operator of either database's search syntax can come from the input. The last word also
/// matches as a prefix (people search while they type). Each database's query is written from these
/// words (<see cref="ToPostgresQuery"/>, <see cref="ToSqliteMatch"/>), never from the raw input.
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

    /// <summary>A PostgreSQL <c>to_tsquery</c> text: every word, the last also as a prefix (<c>kim &amp; forkl:*</c>).</summary>
    public string ToPostgresQuery() => string.Join(" & ", Words.Select((w, i) => i == Words.Count - 1 ? w + ":*" : w));

    /// <summary>An SQLite FTS5 MATCH text: every word quoted, the last also as a prefix (<c>"kim" "forkl"*</c>).</summary>
    public string ToSqliteMatch() => string.Join(' ', Words.Select((w, i) => i == Words.Count - 1 ? $"\"{w}\"*" : $"\"{w}\""));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

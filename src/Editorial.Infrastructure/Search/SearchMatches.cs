namespace Editorial.Infrastructure.Search;

/// <summary>What a search found: the page of matches, best first, and how many there are.</summary>
/// <param name="Items">The matches on this page.</param>
/// <param name="Total">How many articles matched, counting at most <see cref="SearchIndex.MatchCap"/>
/// of each kind (words, titles): when it reaches that, there may be more.</param>
public sealed record SearchMatches(IReadOnlyList<SearchMatch> Items, int Total);

/// <summary>One article a search found.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Rank">How well it matched (higher is better; comparable within one search only).</param>
/// <param name="Snippet">A passage of its body around the words found, as plain text and matched words.</param>
public sealed record SearchMatch(Guid ArticleId, double Rank, IReadOnlyList<SnippetPart> Snippet);

/// <summary>A run of a snippet's text.</summary>
/// <param name="Text">The text (plain: render it escaped).</param>
/// <param name="IsMatch">Whether it is a word the search matched.</param>
public sealed record SnippetPart(string Text, bool IsMatch);

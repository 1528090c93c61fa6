using Editorial.Infrastructure.Search;
using Editorial.Web.Features.Articles;

namespace Editorial.Web.Features.Search;

/// <summary>What a search found.</summary>
/// <param name="Words">The words searched for (what the input was reduced to).</param>
/// <param name="Items">The best matches, best first.</param>
/// <param name="Total">How many articles matched.</param>
/// <param name="TotalIsCapped">Whether the search stopped counting (there may be more; add a word or a stage to narrow it).</param>
public sealed record SearchResult(IReadOnlyList<string> Words, IReadOnlyList<SearchHit> Items, int Total, bool TotalIsCapped);

/// <summary>One article found.</summary>
/// <param name="Article">The article.</param>
/// <param name="Snippet">A passage of its text around the words found (plain text and matched words).</param>
public sealed record SearchHit(ArticleListItem Article, IReadOnlyList<SnippetPart> Snippet);

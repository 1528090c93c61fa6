using Editorial.Domain.Articles;
using Editorial.Domain.Search;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Search;

/// <summary>
/// Full-text search over every article's current title and body, kept in <c>search_documents</c>
/// (made by the SearchIndex migrations; not part of the EF model): on PostgreSQL a table with a
/// generated, weighted <c>tsvector</c> and a GIN index, plus trigram indexes on titles and bylines
/// for words typed in part; on the embedded SQLite default an FTS5 table. The save pipeline calls
/// <see cref="FollowAsync"/> in the transaction of every change that makes a revision.
/// docs/architecture.md §10 says how a search is bounded.
/// </summary>
public static class SearchIndex
{
    /// <summary>Most matches a search looks at: beyond this many it ranks the ones it found first (and says so).</summary>
    public const int MatchCap = 1_000;

    // Marks where a match starts and ends in a snippet: control characters, which no stored text holds.
    private const char MatchStart = '\u0001';
    private const char MatchEnd = '\u0002';

    /// <summary>Stores <paramref name="revision"/>'s title and body as what <paramref name="articleId"/> is found by.</summary>
    public static async Task FollowAsync(EditorialDbContext db, Guid articleId, Revision revision, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO search_documents ("ArticleId", "Title", "Body") VALUES ({articleId}, {revision.Title}, {revision.Reading})
                ON CONFLICT ("ArticleId") DO UPDATE SET "Title" = excluded."Title", "Body" = excluded."Body"
                """, cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""DELETE FROM search_documents WHERE "ArticleId" = {articleId}""", cancellationToken);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""INSERT INTO search_documents ("ArticleId", "Title", "Body") VALUES ({articleId}, {revision.Title}, {revision.Reading})""",
                cancellationToken);
        }
    }

    /// <summary>
    /// The best <paramref name="limit"/> articles for <paramref name="terms"/> (in <paramref name="stage"/>
    /// when given), best first, each with a snippet of its body around the words found.
    /// </summary>
    public static async Task<SearchMatches> SearchAsync(EditorialDbContext db, SearchTerms terms, string? stage, int limit,
        CancellationToken cancellationToken)
    {
        if (terms.IsEmpty)
        {
            return new SearchMatches([], 0);
        }

        var rows = db.IsPostgres
            ? await SearchPostgresAsync(db, terms, stage, limit, cancellationToken)
            : await SearchSqliteAsync(db, terms, stage, limit, cancellationToken);
        var total = rows.Count == 0 ? 0 : rows[0].Total;
        return new SearchMatches(rows.Select(r => new SearchMatch(Guid.Parse(r.ArticleId), r.Rank, Highlights(r.Snippet))).ToList(), total);
    }

    // Whole words first. Only when they find nothing are titles and bylines searched for the words
    // as typed, even inside a word ("forkl", "Jong Un dri"), by their trigram indexes: a part of a
    // word is what someone still typing has, and a trigram search for a common part costs more.
    private static async Task<List<SearchRow>> SearchPostgresAsync(EditorialDbContext db, SearchTerms terms, string? stage, int limit,
        CancellationToken cancellationToken)
    {
        var rows = await RankedPostgresAsync(db, terms.ToPostgresQuery(), partLike: null, stage, limit, cancellationToken);
        return rows.Count > 0 || terms.Phrase.Length < SearchTerms.MinPrefixLength
            ? rows
            : await RankedPostgresAsync(db, terms.ToPostgresQuery(), $"%{terms.Phrase}%", stage, limit, cancellationToken);
    }

    // The first MatchCap articles whose words match (ranked; title words weigh more) and, with
    // partLike, whose title or byline contains it (ranked first); snippets only for the page shown.
    private static Task<List<SearchRow>> RankedPostgresAsync(EditorialDbContext db, string tsQuery, string? partLike, string? stage, int limit,
        CancellationToken cancellationToken)
    {
        var headline = $"StartSel={MatchStart}, StopSel={MatchEnd}, MaxWords=30, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
        // The query is written out where it is used (not a CTE), so the planner sees its words: for a
        // word in most articles it reads the table and stops at MatchCap rows instead of first
        // collecting every match from the index.
        return db.Database.SqlQuery<SearchRow>($"""
            WITH words AS (
                SELECT d."ArticleId", ts_rank(d."Document", to_tsquery('english', {tsQuery}))::float8 AS rank
                FROM search_documents d JOIN articles a ON a."Id" = d."ArticleId"
                WHERE d."Document" @@ to_tsquery('english', {tsQuery}) AND ({stage}::text IS NULL OR a."Stage" = {stage})
                LIMIT {MatchCap}),
            titles AS (
                SELECT a."Id" AS "ArticleId", 1.0::float8 AS rank
                FROM articles a
                WHERE {partLike}::text IS NOT NULL AND (a."Title" ILIKE {partLike} OR a."Byline" ILIKE {partLike})
                      AND ({stage}::text IS NULL OR a."Stage" = {stage})
                LIMIT {MatchCap}),
            found AS (
                SELECT "ArticleId", max(rank) AS rank FROM (SELECT * FROM words UNION ALL SELECT * FROM titles) AS both_kinds
                GROUP BY "ArticleId"),
            page AS (
                SELECT "ArticleId", rank, count(*) OVER () AS total FROM found ORDER BY rank DESC, "ArticleId" LIMIT {limit})
            SELECT page."ArticleId"::text AS "ArticleId", page.rank AS "Rank", page.total::int AS "Total",
                   ts_headline('english', d."Body", to_tsquery('english', {tsQuery}), {headline}) AS "Snippet"
            FROM page JOIN search_documents d ON d."ArticleId" = page."ArticleId"
            ORDER BY page.rank DESC, page."ArticleId"
            """).ToListAsync(cancellationToken);
    }

    // FTS5 ranks with bm25 (a title word weighs ten body words) and makes the snippets itself.
    private static async Task<List<SearchRow>> SearchSqliteAsync(EditorialDbContext db, SearchTerms terms, string? stage, int limit,
        CancellationToken cancellationToken)
    {
        var match = terms.ToSqliteMatch();
        var total = await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM search_documents JOIN articles a ON a."Id" = search_documents."ArticleId"
            WHERE search_documents MATCH {match} AND ({stage} IS NULL OR a."Stage" = {stage})
            """).SingleAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<SearchRow>($"""
            SELECT search_documents."ArticleId" AS "ArticleId", -bm25(search_documents, 0.0, 10.0, 1.0) AS "Rank", 0 AS "Total",
                   snippet(search_documents, 2, char(1), char(2), ' … ', 30) AS "Snippet"
            FROM search_documents JOIN articles a ON a."Id" = search_documents."ArticleId"
            WHERE search_documents MATCH {match} AND ({stage} IS NULL OR a."Stage" = {stage})
            ORDER BY bm25(search_documents, 0.0, 10.0, 1.0), search_documents."ArticleId"
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
        return rows.Select(r => r with { Total = total }).ToList();
    }

    // The snippet as runs of plain text and matched words.
    private static List<SnippetPart> Highlights(string snippet)
    {
        var parts = new List<SnippetPart>();
        var inMatch = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            if (i < snippet.Length && snippet[i] is not (MatchStart or MatchEnd))
            {
                continue;
            }

            if (i > start)
            {
                parts.Add(new SnippetPart(snippet[start..i], inMatch));
            }

            if (i < snippet.Length)
            {
                inMatch = snippet[i] == MatchStart;
            }

            start = i + 1;
        }

        return parts;
    }

    private sealed record SearchRow(string ArticleId, double Rank, int Total, string Snippet);
}

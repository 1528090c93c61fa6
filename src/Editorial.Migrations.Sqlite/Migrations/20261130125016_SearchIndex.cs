using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Issue 13 (scale), search: an FTS5 table of each article's current title and body (Porter
    /// stemming, accents folded). Kept by the save pipeline (Editorial.Infrastructure/Search/SearchIndex.cs);
    /// filled here from every article's current revision.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE search_documents USING fts5(
                    "ArticleId" UNINDEXED, "Title", "Body", tokenize = 'porter unicode61 remove_diacritics 2');
                INSERT INTO search_documents ("ArticleId", "Title", "Body")
                SELECT a."Id", r."Title", r."Body" FROM articles a JOIN revisions r ON r."Id" = a."CurrentRevisionId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE search_documents;");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Issue 13 (scale), search: each article's current title and body with a generated, weighted
    /// tsvector (title words weigh more) under a GIN index, and a trigram index on titles for words
    /// typed in part. Kept by the save pipeline (Editorial.Infrastructure/Search/SearchIndex.cs);
    /// filled here from every article's current revision.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE TABLE search_documents (
                    "ArticleId" uuid NOT NULL CONSTRAINT "PK_search_documents" PRIMARY KEY
                        CONSTRAINT "FK_search_documents_articles_ArticleId" REFERENCES articles ("Id") ON DELETE CASCADE,
                    "Title" text NOT NULL,
                    "Body" text NOT NULL,
                    "Document" tsvector GENERATED ALWAYS AS
                        (setweight(to_tsvector('english', "Title"), 'A') || setweight(to_tsvector('english', "Body"), 'B')) STORED
                );
                INSERT INTO search_documents ("ArticleId", "Title", "Body")
                SELECT a."Id", r."Title", r."Body" FROM articles a JOIN revisions r ON r."Id" = a."CurrentRevisionId";
                CREATE INDEX "IX_search_documents_Document" ON search_documents USING GIN ("Document");
                CREATE INDEX "IX_articles_Title_Trigrams" ON articles USING GIN ("Title" gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_articles_Title_Trigrams"; DROP TABLE search_documents;""");
        }
    }
}

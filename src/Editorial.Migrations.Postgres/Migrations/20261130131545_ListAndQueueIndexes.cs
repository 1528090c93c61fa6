using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Issue 13 (scale): an editor's own drafts as one index condition (creator, stage), and indexes for
    /// the list's due-date and author filters.
    /// </summary>
    public partial class ListAndQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_articles_CreatedById",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "IX_articles_CreatedById_Stage",
                table: "articles",
                columns: new[] { "CreatedById", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_articles_DueAt",
                table: "articles",
                column: "DueAt");

            // The list's author filter (part of the byline) can use it, as the title filter uses the title's.
            migrationBuilder.Sql("""CREATE INDEX "IX_articles_Byline_Trigrams" ON articles USING GIN ("Byline" gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_articles_Byline_Trigrams";""");

            migrationBuilder.DropIndex(
                name: "IX_articles_CreatedById_Stage",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "IX_articles_DueAt",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "IX_articles_CreatedById",
                table: "articles",
                column: "CreatedById");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Issue 13 (scale): an editor's own drafts as one index condition (creator, stage), and an index
    /// for the list's due-date filter.
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

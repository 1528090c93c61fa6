using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Issue 13 (scale): the list filtered by due date is sorted soonest due first and paged on (DueAt, Slug),
    /// so every page starts with one seek on this index (src/Editorial.Web/Features/Articles/ArticleListOrder.cs).
    /// </summary>
    public partial class ListByDueDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_articles_DueAt",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "IX_articles_DueAt_Slug",
                table: "articles",
                columns: new[] { "DueAt", "Slug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_articles_DueAt_Slug",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "IX_articles_DueAt",
                table: "articles",
                column: "DueAt");
        }
    }
}

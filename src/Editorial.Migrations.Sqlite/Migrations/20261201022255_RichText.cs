using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RichText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Format",
                table: "revisions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "PlainText");

            migrationBuilder.AddColumn<string>(
                name: "ReadingText",
                table: "revisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Format",
                table: "editor_drafts",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "PlainText");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Format",
                table: "revisions");

            migrationBuilder.DropColumn(
                name: "ReadingText",
                table: "revisions");

            migrationBuilder.DropColumn(
                name: "Format",
                table: "editor_drafts");
        }
    }
}

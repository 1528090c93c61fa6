using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PlacedWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PlacedExact",
                table: "claims",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PlacedExact",
                table: "annotations",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PlacedExact",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "PlacedExact",
                table: "annotations");
        }
    }
}

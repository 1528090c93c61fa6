using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FormattedBaselines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Format",
                table: "baselines",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "PlainText");

            migrationBuilder.AddColumn<string>(
                name: "FormattedBody",
                table: "baselines",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Format",
                table: "baselines");

            migrationBuilder.DropColumn(
                name: "FormattedBody",
                table: "baselines");
        }
    }
}

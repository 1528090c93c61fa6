using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Issue 13 (scale): each revision keeps its body's length, so the history reads no bodies; the
    /// work queues' rows (awaited sign-offs, stage tallies) are built at startup by WorkQueueRows.
    /// </summary>
    public partial class WorkQueuesAndRevisionLengths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BodyLength",
                table: "revisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing revisions get their length once. Revisions are append-only (AppendOnlyHistory):
            // the guard is lifted for this one statement of the migration, and put back at once.
            migrationBuilder.Sql("""
                DROP TRIGGER revisions_no_update;
                UPDATE revisions SET "BodyLength" = length("Body");
                CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
                BEGIN SELECT RAISE(ABORT, 'revisions is append-only: its rows are never changed or deleted'); END;
                """);

            migrationBuilder.CreateTable(
                name: "awaited_sign_offs",
                columns: table => new
                {
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Transition = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", nullable: true),
                    DueOrder = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awaited_sign_offs", x => new { x.ArticleId, x.Transition, x.Role });
                    table.ForeignKey(
                        name: "FK_awaited_sign_offs_articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "derived_state",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_derived_state", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "stage_tallies",
                columns: table => new
                {
                    Stage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Articles = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stage_tallies", x => x.Stage);
                });

            migrationBuilder.CreateIndex(
                name: "IX_awaited_sign_offs_Role_Transition_DueOrder_UpdatedAt",
                table: "awaited_sign_offs",
                columns: new[] { "Role", "Transition", "DueOrder", "UpdatedAt" },
                descending: new[] { false, false, false, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "awaited_sign_offs");

            migrationBuilder.DropTable(
                name: "derived_state");

            migrationBuilder.DropTable(
                name: "stage_tallies");

            migrationBuilder.DropColumn(
                name: "BodyLength",
                table: "revisions");
        }
    }
}

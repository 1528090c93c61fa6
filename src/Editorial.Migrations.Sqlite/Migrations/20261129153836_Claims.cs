using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Claims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Claimant = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", nullable: true),
                    CheckedWording = table.Column<string>(type: "TEXT", nullable: false),
                    CheckedRevisionNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    StatusSetById = table.Column<string>(type: "TEXT", nullable: true),
                    StatusSetAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DismissedReason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    DismissedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DismissedById = table.Column<string>(type: "TEXT", nullable: true),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Exact = table.Column<string>(type: "TEXT", nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", nullable: false),
                    Suffix = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false),
                    AnchorRevisionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    AnchorStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OriginalExact = table.Column<string>(type: "TEXT", nullable: false),
                    OriginalPrefix = table.Column<string>(type: "TEXT", nullable: false),
                    OriginalSuffix = table.Column<string>(type: "TEXT", nullable: false),
                    OriginalStart = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginalEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginalRevisionNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_claims_AspNetUsers_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_claims_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_claims_articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "claim_sources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AccessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AddedById = table.Column<string>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_claim_sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_claim_sources_AspNetUsers_AddedById",
                        column: x => x.AddedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_claim_sources_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_claim_sources_AddedById",
                table: "claim_sources",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_claim_sources_ClaimId",
                table: "claim_sources",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_claims_ArticleId_Start",
                table: "claims",
                columns: new[] { "ArticleId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_claims_AssigneeId",
                table: "claims",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_claims_CreatedById",
                table: "claims",
                column: "CreatedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "claim_sources");

            migrationBuilder.DropTable(
                name: "claims");
        }
    }
}

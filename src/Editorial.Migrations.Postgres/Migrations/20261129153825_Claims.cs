using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Claimant = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Verdict = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Notes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    AssigneeId = table.Column<string>(type: "text", nullable: true),
                    CheckedWording = table.Column<string>(type: "text", nullable: false),
                    CheckedRevisionNumber = table.Column<int>(type: "integer", nullable: true),
                    StatusSetById = table.Column<string>(type: "text", nullable: true),
                    StatusSetAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DismissedReason = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    DismissedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DismissedById = table.Column<string>(type: "text", nullable: true),
                    ArticleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Exact = table.Column<string>(type: "text", nullable: false),
                    Prefix = table.Column<string>(type: "text", nullable: false),
                    Suffix = table.Column<string>(type: "text", nullable: false),
                    Start = table.Column<int>(type: "integer", nullable: false),
                    End = table.Column<int>(type: "integer", nullable: false),
                    AnchorRevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    AnchorStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OriginalExact = table.Column<string>(type: "text", nullable: false),
                    OriginalPrefix = table.Column<string>(type: "text", nullable: false),
                    OriginalSuffix = table.Column<string>(type: "text", nullable: false),
                    OriginalStart = table.Column<int>(type: "integer", nullable: false),
                    OriginalEnd = table.Column<int>(type: "integer", nullable: false),
                    OriginalRevisionNumber = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Publisher = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AccessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AddedById = table.Column<string>(type: "text", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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

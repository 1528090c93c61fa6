using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The security log: privileged actions in one keyed hash chain, append-only in the database
    /// itself like the article logs (the function is AppendOnlyHistory's).
    /// </summary>
    public partial class SecurityLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "security_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SubjectUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Details = table.Column<string>(type: "text", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_events", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_security_events_ActorId_Sequence",
                table: "security_events",
                columns: new[] { "ActorId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_security_events_Kind_Sequence",
                table: "security_events",
                columns: new[] { "Kind", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_security_events_Sequence",
                table: "security_events",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_security_events_SubjectUserId_Sequence",
                table: "security_events",
                columns: new[] { "SubjectUserId", "Sequence" });

            migrationBuilder.Sql("""
                CREATE TRIGGER security_events_append_only BEFORE UPDATE OR DELETE ON security_events
                    FOR EACH ROW EXECUTE FUNCTION editorial_refuse_change();
                CREATE TRIGGER security_events_no_truncate BEFORE TRUNCATE ON security_events
                    FOR EACH STATEMENT EXECUTE FUNCTION editorial_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER security_events_append_only ON security_events; DROP TRIGGER security_events_no_truncate ON security_events;");
            migrationBuilder.DropTable(
                name: "security_events");
        }
    }
}

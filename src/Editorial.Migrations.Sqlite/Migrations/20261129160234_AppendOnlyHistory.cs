using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Revisions and the audit log are append-only in the database itself, not only in the code:
    /// any UPDATE or DELETE of them fails, whoever issues it.
    /// </summary>
    public partial class AppendOnlyHistory : Migration
    {
        private static readonly string[] Tables = ["revisions", "audit_events"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                foreach (var operation in new[] { "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER {table}_no_{operation.ToLowerInvariant()} BEFORE {operation} ON {table}
                        BEGIN SELECT RAISE(ABORT, '{table} is append-only: its rows are never changed or deleted'); END;
                        """);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_no_update; DROP TRIGGER {table}_no_delete;");
            }
        }
    }
}

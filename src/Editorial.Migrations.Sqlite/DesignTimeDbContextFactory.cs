using Editorial.Infrastructure;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Editorial.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without a running app or
/// database (adding a migration never connects).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EditorialDbContext>
{
    /// <inheritdoc />
    public EditorialDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EditorialDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options,
            new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=editorial_design.db"));
        return new EditorialDbContext(options.Options);
    }
}

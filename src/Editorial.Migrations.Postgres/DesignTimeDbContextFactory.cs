using Editorial.Infrastructure;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Editorial.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a running app or
/// database (adding a migration never connects).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EditorialDbContext>
{
    /// <inheritdoc />
    public EditorialDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EditorialDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options,
            new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=editorial_design"));
        return new EditorialDbContext(options.Options);
    }
}

using Microsoft.EntityFrameworkCore.Design;
using PrimaWeb.Workflows.Data.Providers;

namespace PrimaWeb.Workflows.Data.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build <see cref="SqlitePrimaWebDbContext"/> (variable PRIMAWEB_DESIGN_SQLITE).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePrimaWebDbContext>
{
    public SqlitePrimaWebDbContext CreateDbContext(string[] args) =>
        (SqlitePrimaWebDbContext)PrimaWebDbContextOptions.CreateContext(DesignTimeSettings.For(DatabaseProvider.Sqlite, "Data Source=primaweb-design.db"));
}

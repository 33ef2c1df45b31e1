using Microsoft.EntityFrameworkCore.Design;
using PrimaWeb.Workflows.Data.Providers;

namespace PrimaWeb.Workflows.Data.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build <see cref="SqlServerPrimaWebDbContext"/> (variable PRIMAWEB_DESIGN_SQLSERVER).</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerPrimaWebDbContext>
{
    public SqlServerPrimaWebDbContext CreateDbContext(string[] args) =>
        (SqlServerPrimaWebDbContext)PrimaWebDbContextOptions.CreateContext(DesignTimeSettings.For(DatabaseProvider.SqlServer, "Server=localhost;Database=PrimaWeb;Integrated Security=true;TrustServerCertificate=true"));
}

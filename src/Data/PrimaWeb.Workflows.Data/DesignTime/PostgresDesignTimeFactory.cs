using Microsoft.EntityFrameworkCore.Design;
using PrimaWeb.Workflows.Data.Providers;

namespace PrimaWeb.Workflows.Data.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build <see cref="PostgresPrimaWebDbContext"/> (variable PRIMAWEB_DESIGN_POSTGRESQL).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPrimaWebDbContext>
{
    public PostgresPrimaWebDbContext CreateDbContext(string[] args) =>
        (PostgresPrimaWebDbContext)PrimaWebDbContextOptions.CreateContext(DesignTimeSettings.For(DatabaseProvider.PostgreSql, "Host=localhost;Database=primaweb"));
}

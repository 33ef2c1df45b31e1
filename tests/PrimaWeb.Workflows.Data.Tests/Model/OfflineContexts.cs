using PrimaWeb.Workflows.Data.Providers;

namespace PrimaWeb.Workflows.Data.Tests.Model;

/// <summary>Contexts whose model and scripts can be built without reaching a server (nothing opens a connection).</summary>
internal static class OfflineContexts
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer];

    public static PrimaWebDbContext Create(DatabaseProvider provider) => PrimaWebDbContextOptions.CreateContext(new PrimaWebDatabaseSettings(provider, provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=offline.db",
        DatabaseProvider.PostgreSql => "Host=offline.invalid;Database=primaweb",
        _ => "Server=offline.invalid;Database=PrimaWeb;TrustServerCertificate=true",
    }));
}

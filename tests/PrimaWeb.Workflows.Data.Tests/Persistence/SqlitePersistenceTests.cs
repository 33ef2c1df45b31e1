using Microsoft.Data.Sqlite;
using PrimaWeb.Workflows.Data.Providers;

namespace PrimaWeb.Workflows.Data.Tests.Persistence;

/// <summary>The persistence contract on SQLite, in a throw-away file (not in memory: the app uses a file too).</summary>
public sealed class SqlitePersistenceTests : PersistenceTests
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"primaweb-test-{Guid.NewGuid():N}.db");

    protected override Task<PrimaWebDatabaseSettings> CreateDatabaseAsync() =>
        Task.FromResult(new PrimaWebDatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_file}"));

    protected override Task DropDatabaseAsync()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return Task.CompletedTask;
    }
}

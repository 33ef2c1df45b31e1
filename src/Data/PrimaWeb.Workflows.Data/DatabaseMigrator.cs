using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PrimaWeb.Workflows.Data.Providers;

namespace PrimaWeb.Workflows.Data;

/// <summary>Brings the configured database to the latest migration of its provider (called at start-up).</summary>
public sealed partial class DatabaseMigrator(PrimaWebDbContext context, PrimaWebDatabaseSettings settings, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolder(settings.ConnectionString);
        }

        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        LogMigrating(logger, settings.Provider, pending.Count);
        await context.Database.MigrateAsync(cancellationToken);
    }

    // SQLite creates the file but not its folder (App_Data on a fresh clone).
    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database on {Provider}: applying {Count} pending migration(s).")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider, int count);
}

using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;

namespace PrimaWeb.Workflows.Engine.Hangfire;

/// <summary>
/// Builds the Hangfire storage named by <c>Hangfire:Storage</c> (InMemory, SQLite, PostgreSql, SqlServer) with the
/// connection string <c>ConnectionStrings:Hangfire</c>. Queues are polled every second (the default 15 s makes
/// timers late).
/// </summary>
public static class HangfireStorageFactory
{
    public const string StorageKey = "Hangfire:Storage";
    public const string ConnectionStringName = "Hangfire";

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public static JobStorage Create(IConfiguration configuration)
    {
        var kind = configuration[StorageKey] ?? "InMemory";
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return kind.ToUpperInvariant() switch
        {
            "INMEMORY" => new InMemoryStorage(),
            "SQLITE" => new SQLiteStorage(Required(connectionString, kind), new SQLiteStorageOptions { QueuePollInterval = PollInterval }),
            "POSTGRESQL" => CreatePostgres(Required(connectionString, kind)),
            "SQLSERVER" => new SqlServerStorage(Required(connectionString, kind), new SqlServerStorageOptions { QueuePollInterval = PollInterval }),
            _ => throw new InvalidOperationException($"Unknown {StorageKey} '{kind}': use InMemory, SQLite, PostgreSql or SqlServer."),
        };
    }

    private static PostgreSqlStorage CreatePostgres(string connectionString)
    {
        var options = new PostgreSqlStorageOptions { QueuePollInterval = PollInterval };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    private static string Required(string? connectionString, string kind) =>
        connectionString is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{StorageKey} '{kind}' needs ConnectionStrings:{ConnectionStringName}.");
}

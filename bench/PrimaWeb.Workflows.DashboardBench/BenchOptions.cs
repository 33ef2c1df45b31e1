using System.Globalization;
using Npgsql;

namespace PrimaWeb.Workflows.DashboardBench;

/// <summary>The bench's arguments, and the database they name (a SQLite file in the temporary folder, or a PostgreSQL database).</summary>
internal sealed record BenchOptions(string Provider, string? Connection, int Cases, int Runs, bool Plans, string? Only)
{
    public const string PostgresDatabase = "primaweb_dashboard_bench";

    public static BenchOptions Read(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var provider = Value("--provider") ?? "Sqlite";
        if (provider is not ("Sqlite" or "PostgreSql"))
        {
            throw new ArgumentException($"--provider must be Sqlite or PostgreSql, not '{provider}'.");
        }

        return new BenchOptions(
            provider,
            Value("--connection") ?? Environment.GetEnvironmentVariable("PRIMAWEB_TEST_POSTGRES"),
            int.Parse(Value("--cases") ?? "100000", CultureInfo.InvariantCulture),
            int.Parse(Value("--runs") ?? "30", CultureInfo.InvariantCulture),
            args.Contains("--plans"),
            Value("--only"));
    }

    /// <summary>The connection string of the bench's database, created on PostgreSQL when missing; kept between runs.</summary>
    public async Task<string> PrepareDatabaseAsync()
    {
        if (Provider == "Sqlite")
        {
            return $"Data Source={Path.Combine(Path.GetTempPath(), $"primaweb-dashboard-bench-{Cases}.db")}";
        }

        var server = new NpgsqlConnectionStringBuilder(Connection ?? throw new ArgumentException("PostgreSql needs --connection or PRIMAWEB_TEST_POSTGRES."));
        var name = $"{PostgresDatabase}_{Cases}";
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{name}'", admin);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }
        }

        server.Database = name;
        return server.ConnectionString;
    }
}

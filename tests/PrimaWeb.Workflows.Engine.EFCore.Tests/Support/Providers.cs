using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>
/// The database providers a store test runs on: SQLite always, PostgreSQL when a server is configured (or required,
/// in which case a missing server fails the test).
/// </summary>
public static class Providers
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (TestEnvironment.PostgresConnectionString is not null || TestEnvironment.PostgresRequired)
            {
                data.Add(Postgres);
            }

            return data;
        }
    }

    public static async Task<IDatabaseProvider> CreateAsync(string provider) =>
        provider == Postgres ? await NpgsqlDatabase.CreateAsync() : new SqliteDatabase();
}

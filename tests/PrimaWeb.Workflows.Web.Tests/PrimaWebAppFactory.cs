using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace PrimaWeb.Workflows.Web.Tests;

/// <summary>
/// The real host on a throw-away SQLite file (migrated and seeded at start like a fresh install).
/// Pass the same <paramref name="databaseFile"/> to a second factory to restart on the same database.
/// </summary>
public sealed class PrimaWebAppFactory(string? databaseFile = null, bool demo = true) : WebApplicationFactory<Program>
{
    public string DatabaseFile { get; } = databaseFile ?? Path.Combine(Path.GetTempPath(), $"primaweb-web-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={DatabaseFile}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:PrimaWeb", ConnectionString);
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
    }

    /// <summary>Deletes the database file; call once the last factory on it is disposed.</summary>
    public static void DeleteDatabase(string file)
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}

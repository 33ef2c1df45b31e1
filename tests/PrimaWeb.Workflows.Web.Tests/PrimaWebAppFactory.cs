using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace PrimaWeb.Workflows.Web.Tests;

/// <summary>
/// The real host on a throw-away database, migrated and seeded at start like a fresh install. By default a SQLite
/// file; pass the same <paramref name="databaseFile"/> to a second factory to restart on the same database, or a
/// provider and connection string for a server database.
/// </summary>
public sealed class PrimaWebAppFactory(string? databaseFile = null, bool demo = true, string provider = "Sqlite", string? connectionString = null)
    : WebApplicationFactory<Program>
{
    public string DatabaseFile { get; } = databaseFile ?? Path.Combine(Path.GetTempPath(), $"primaweb-web-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:PrimaWeb", connectionString ?? $"Data Source={DatabaseFile}");
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        HangfireStatics.Reset();
    }

    /// <summary>Deletes the SQLite file; call once the last factory on it is disposed.</summary>
    public static void DeleteDatabase(string file)
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}

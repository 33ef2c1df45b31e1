using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace PrimaWeb.Workflows.LoadRun;

/// <summary>
/// The application as the README runs it (Development, demo data, embedded simulator, Hangfire in memory) on a fresh
/// SQLite file, listening on a free loopback port: the clients reach it through real sockets.
/// </summary>
internal sealed class LoadHost : WebApplicationFactory<global::Program>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"primaweb-load-{Guid.NewGuid():N}.db");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        // A program, not a test assembly: no content-root attribute to find, so the application's files beside this one.
        var name = typeof(global::Program).Assembly.GetName().Name!.Replace('.', '_');
        Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{name}", AppContext.BaseDirectory);
        Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{name.ToUpperInvariant()}", AppContext.BaseDirectory);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:PrimaWeb", $"Data Source={_database}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}

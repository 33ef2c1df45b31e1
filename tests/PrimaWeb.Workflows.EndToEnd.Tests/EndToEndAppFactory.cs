using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Testing.Host;

namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>
/// The real application on a loopback port (Kestrel, not TestServer: the browser needs a socket), on a fresh SQLite
/// file with the demo data. As in the API tests, no Hangfire server runs: the test moves the workflows on through
/// <see cref="Workflows"/> between two screens, and makes time pass with <see cref="Clock"/>.
/// </summary>
public sealed class EndToEndAppFactory : WebApplicationFactory<Program>
{
    public string DatabaseFile { get; } = Path.Combine(Path.GetTempPath(), $"primaweb-e2e-{Guid.NewGuid():N}.db");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public ShiftedClock Clock { get; } = new();

    /// <summary>Delivers the outbox, fires due timers and polls the SPP-IS answers; set once <see cref="Start"/> ran.</summary>
    public WorkflowDriver Workflows { get; private set; } = null!;

    public void Start()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        Workflows = new WorkflowDriver(Services, Clock);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:PrimaWeb", $"Data Source={DatabaseFile}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.ConfigureTestServices(services => WorkflowDriver.TakeControl(services, Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(DatabaseFile);
    }
}

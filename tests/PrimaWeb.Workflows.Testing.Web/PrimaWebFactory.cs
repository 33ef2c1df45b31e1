using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Testing.Host;

namespace PrimaWeb.Workflows.Testing.Web;

/// <summary>
/// The real web application for a test, started like a fresh install (migrations, then the demo seed when
/// <see cref="Demo"/> is on), in Development. The one factory of the web host, for its three kinds:
/// <list type="bullet">
/// <item>on a throw-away SQLite file (the default; deleted on dispose unless <see cref="KeepsDatabase"/>; give a second
/// factory the same <see cref="DatabaseFile"/> to restart on it);</item>
/// <item>on PostgreSQL (<see cref="OnPostgreSql"/>, with a <see cref="PostgresDatabase"/>);</item>
/// <item>on a loopback port for a browser (<see cref="StartOnLoopback"/>), where TestServer has no socket.</item>
/// </list>
/// With a <see cref="Clock"/>, no Hangfire server runs and the test moves the workflows on itself through
/// <see cref="Workflows"/> (ADR 0501). The host configures Hangfire's process-wide statics: a test assembly runs its
/// hosts one at a time.
/// </summary>
public sealed class PrimaWebFactory : WebApplicationFactory<Program>
{
    private WorkflowDriver? _workflows;
    private Uri? _baseAddress;

    /// <summary><c>Sqlite</c>, <c>PostgreSql</c> or <c>SqlServer</c>, as <c>Database:Provider</c>.</summary>
    public string Provider { get; init; } = "Sqlite";

    /// <summary>The SQLite file, a fresh one under the temporary folder unless given.</summary>
    public string DatabaseFile { get; init; } = Path.Combine(Path.GetTempPath(), $"primaweb-test-{Guid.NewGuid():N}.db");

    /// <summary>The connection string of a server database; for SQLite it is made from <see cref="DatabaseFile"/>.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Leaves the SQLite file behind on dispose, for a second factory that restarts on it.</summary>
    public bool KeepsDatabase { get; init; }

    /// <summary><c>Demo:Enabled</c>: the demo CPAS, their data and the passwordless demo sign-in. On unless set off.</summary>
    public bool Demo { get; init; } = true;

    /// <summary>
    /// The <c>Test</c> authentication scheme as the default: a client's <c>Test</c> authorization header carries the
    /// role of a user of <c>cpas-test</c> (<see cref="ClientFor"/>), no header means anonymous.
    /// </summary>
    public bool TestSignIn { get; init; }

    /// <summary>The application's clock; when set, the test drives the workflows' background work (<see cref="Workflows"/>).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>More configuration, e.g. <c>Workflows:DefinitionsPath</c> or <c>Calculations:ReferenceDataPath</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Services the test adds after the application's own (an exporter to read, a fake to count calls).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Where the application listens once <see cref="StartOnLoopback"/> ran.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The application listens on no socket: call StartOnLoopback first.");

    /// <summary>Delivers the outbox, fires the due timers and polls the SPP-IS answers; needs a <see cref="Clock"/>.</summary>
    public WorkflowDriver Workflows => _workflows ??= new WorkflowDriver(
        Services, Clock ?? throw new InvalidOperationException("Give the factory a Clock to drive the workflows from the test."));

    /// <summary>The application on a PostgreSQL database (its migrations run at start like on SQLite).</summary>
    public static PrimaWebFactory OnPostgreSql(PostgresDatabase database, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new PrimaWebFactory { Provider = "PostgreSql", ConnectionString = database.ConnectionString, Clock = clock };
    }

    /// <summary>Starts the application on Kestrel, on a free loopback port (a browser needs a real socket).</summary>
    public void StartOnLoopback()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _baseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    /// <summary>A client signed in with <paramref name="role"/> through <see cref="TestSignIn"/>, or anonymous.</summary>
    public HttpClient ClientFor(string? role)
    {
        if (!TestSignIn)
        {
            throw new InvalidOperationException("ClientFor needs a factory with TestSignIn.");
        }

        var client = CreateClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(TestAuthenticationHandler.SchemeName, role);
        }

        return client;
    }

    /// <summary>Deletes a SQLite file and its journal files; the connection pools are cleared first.</summary>
    public static void DeleteDatabase(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:PrimaWeb", ConnectionString ?? $"Data Source={DatabaseFile}");
        builder.UseSetting("Demo:Enabled", Demo ? "true" : "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null)
            {
                WorkflowDriver.TakeControl(services, Clock);
            }

            if (TestSignIn)
            {
                AddTestSignIn(services);
            }

            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        // Hangfire's log provider is process-wide: nothing may log into this disposed container afterwards.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        if (ConnectionString is null && !KeepsDatabase)
        {
            DeleteDatabase(DatabaseFile);
        }
    }

    private static void AddTestSignIn(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, _ => { });
        services.PostConfigure<AuthenticationOptions>(options =>
        {
            options.DefaultScheme = TestAuthenticationHandler.SchemeName;
            options.DefaultAuthenticateScheme = TestAuthenticationHandler.SchemeName;
            options.DefaultChallengeScheme = TestAuthenticationHandler.SchemeName;
            options.DefaultForbidScheme = TestAuthenticationHandler.SchemeName;
        });
    }
}

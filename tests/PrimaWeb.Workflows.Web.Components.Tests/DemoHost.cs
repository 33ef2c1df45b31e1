using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Components.Tests;

/// <summary>
/// The real host (demo data, the National Register simulator in-process, the gateway and its audit) on a throw-away
/// SQLite file, for the pages that call the application's services. A page gets <see cref="ScopesFor"/>: scopes of
/// this host carrying a demo user, as a circuit's would.
/// </summary>
public sealed class DemoHost : WebApplicationFactory<Program>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"primaweb-components-{Guid.NewGuid():N}.db");

    public UserScopes ScopesFor(string userId, string tenant, string role) =>
        new(Services.GetRequiredService<IServiceScopeFactory>(), new DemoUser(userId, tenant, role));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:PrimaWeb", $"Data Source={_database}");
        builder.UseSetting("Demo:Enabled", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // Hangfire's log provider is process-wide: nothing may log into this disposed container afterwards.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    private sealed class DemoUser(string userId, string tenant, string role) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userId),
            new Claim(ClaimTypes.Role, role),
            new Claim(PrimaWebClaimTypes.Tenant, tenant),
        ], "test"));

        public string UserId => userId;

        public string DisplayName => userId;

        public string TenantCode => tenant;

        public IReadOnlySet<string> Roles { get; } = new HashSet<string> { role };

        public string Language => "fr";

        public bool IsInRole(string r) => r == role;
    }
}

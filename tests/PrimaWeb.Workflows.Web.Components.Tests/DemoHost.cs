using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Testing.Web;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Components.Tests;

/// <summary>
/// The real host (demo data, the National Register simulator in-process, the gateway and its audit) on a throw-away
/// SQLite file, for the pages that call the application's services. A page gets <see cref="ScopesFor"/>: scopes of
/// this host carrying a demo user, as a circuit's would.
/// </summary>
public sealed class DemoHost : IDisposable
{
    private readonly PrimaWebFactory _app = new();

    public IServiceProvider Services => _app.Services;

    public HttpClient CreateClient() => _app.CreateClient();

    public UserScopes ScopesFor(string userId, string tenant, string role) =>
        new(Services.GetRequiredService<IServiceScopeFactory>(), new DemoUser(userId, tenant, role));

    /// <summary>A demo user as a page's injected <see cref="ICurrentUser"/>.</summary>
    public static ICurrentUser UserFor(string userId, string tenant, string role) => new DemoUser(userId, tenant, role);

    public void Dispose() => _app.Dispose();

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

/// <summary>One demo host for the assembly's page and query tests, which then run one class at a time (Hangfire's configuration is process-wide).</summary>
[CollectionDefinition(Name)]
public sealed class DemoHostCollection : ICollectionFixture<DemoHost>
{
    public const string Name = "demo host";
}

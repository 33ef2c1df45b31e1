using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data.Providers;
using PrimaWeb.Workflows.Data.Tenancy;

namespace PrimaWeb.Workflows.DashboardBench;

/// <summary>
/// The application without demo data on the chosen database, every scope fixed on the bench's CPAS (the dashboard reads
/// one CPAS, as a manager's session does), the database commands captured for their plans.
/// </summary>
internal sealed class BenchHost(string provider, string connectionString, CommandCapture capture) : WebApplicationFactory<global::Program>
{
    public const string Tenant = "cpas-bench";

    /// <summary>A program, not a test assembly: no content-root attribute to find, so the application's files beside this one.</summary>
    public static void UseContentRootBesideThisProgram()
    {
        var name = typeof(global::Program).Assembly.GetName().Name!.Replace('.', '_');
        Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{name}", AppContext.BaseDirectory);
        Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{name.ToUpperInvariant()}", AppContext.BaseDirectory);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:PrimaWeb", connectionString);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.AddScoped<ICurrentTenant>(_ => new FixedTenant(Tenant));
            services.ConfigureDbContext<SqlitePrimaWebDbContext>(options => options.AddInterceptors(capture));
            services.ConfigureDbContext<PostgresPrimaWebDbContext>(options => options.AddInterceptors(capture));
        });
    }
}

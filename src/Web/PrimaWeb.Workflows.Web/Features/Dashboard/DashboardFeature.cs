using Microsoft.Extensions.Options;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

/// <summary>
/// The manager's dashboard: pending decisions, legal deadlines, SPP-IS refusals, expiring integrations, incidents,
/// workload and trends of one CPAS, on <c>/dashboard</c> and <c>/api/dashboard/…</c> through one <see cref="DashboardQueries"/>.
/// </summary>
internal sealed class DashboardFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DashboardOptions>()
            .Bind(builder.Configuration.GetSection(DashboardOptions.Section))
            .Validate(o => o.DueSoonDays is >= 0 and <= DeadlineWatch.MaxDueSoonDays, $"Dashboard:DueSoonDays must be between 0 and {DeadlineWatch.MaxDueSoonDays}.")
            .ValidateOnStart();
        builder.Services.AddScoped(sp => new DashboardQueries(
            sp.GetRequiredService<Data.PrimaWebDbContext>(), sp.GetRequiredService<CalculationReferenceData>().Loi65, sp.GetRequiredService<IOptions<DashboardOptions>>()));
        builder.Services.AddScoped<DashboardWording>();
    }

    public static void Map(WebApplication app) => app.MapDashboardEndpoints();
}

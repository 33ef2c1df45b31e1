using PrimaWeb.Workflows.Data.Audit;
using PrimaWeb.Workflows.Data.Integrations;
using PrimaWeb.Workflows.FederalServices;
using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.FederalServices.Control;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The federal-services gateway, audited and controlled from the database. Without a configured
/// <c>FederalServices:BaseAddress</c> (and unless <c>FederalServices:Simulator:Enabled</c> is false) the simulator
/// runs in-process and the gateway calls it.
/// </summary>
internal sealed class FederalServicesFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IAuditLog, EfAuditLog>();
        services.AddScoped<IIntegrationDirectory, EfIntegrationDirectory>();

        // Scoped like the directory it reads (the request's unit of work); the gateway would add a singleton.
        services.AddScoped<IIntegrationControl, DirectoryIntegrationControl>();
        services.AddFederalServicesGateway(builder.Configuration);

        var section = builder.Configuration.GetSection(FederalServicesOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(FederalServicesOptions.BaseAddress)]) && section.GetValue("Simulator:Enabled", true))
        {
            services.AddSingleton<EmbeddedSimulator>();
            services.AddHostedService(provider => provider.GetRequiredService<EmbeddedSimulator>());
            services.AddOptions<FederalServicesOptions>()
                .PostConfigure<EmbeddedSimulator>((options, simulator) => options.BaseAddress = simulator.BaseAddress);
        }
    }
}

using PrimaWeb.Workflows.Data.Audit;
using PrimaWeb.Workflows.Data.Integrations;
using PrimaWeb.Workflows.FederalServices;
using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.FederalServices.Control;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The federal-services gateway, audited and controlled from the database. The gateway calls
/// <c>FederalServices:BaseAddress</c>; without one, the simulator runs in-process, but only in Development or when
/// <c>FederalServices:Simulator:Enabled</c> is true: anywhere else the host refuses to start, so that a deployment never
/// answers social workers with invented persons because an address was forgotten.
/// </summary>
internal sealed class FederalServicesFeature : IWebFeature
{
    public const string BaseAddressKey = $"{FederalServicesOptions.SectionName}:{nameof(FederalServicesOptions.BaseAddress)}";
    public const string SimulatorEnabledKey = $"{FederalServicesOptions.SectionName}:Simulator:Enabled";

    public static void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IAuditLog, EfAuditLog>();
        services.AddScoped<IIntegrationDirectory, EfIntegrationDirectory>();

        // Scoped like the directory it reads (the request's unit of work); the gateway would add a singleton.
        services.AddScoped<IIntegrationControl, DirectoryIntegrationControl>();
        services.AddFederalServicesGateway(builder.Configuration);

        if (RunsEmbeddedSimulator(builder.Configuration, builder.Environment))
        {
            services.AddSingleton<EmbeddedSimulator>();
            services.AddHostedService(provider => provider.GetRequiredService<EmbeddedSimulator>());
            services.AddOptions<FederalServicesOptions>()
                .PostConfigure<EmbeddedSimulator>((options, simulator) => options.BaseAddress = simulator.BaseAddress);
        }
    }

    /// <summary>
    /// True when the gateway has no address and the simulator may stand in for it: in Development unless switched off,
    /// elsewhere only when switched on. Throws when neither an address nor the simulator is allowed outside Development.
    /// </summary>
    public static bool RunsEmbeddedSimulator(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(configuration[BaseAddressKey]))
        {
            return false;
        }

        var enabled = configuration.GetValue<bool?>(SimulatorEnabledKey);
        if (environment.IsDevelopment())
        {
            // Switched off in Development: the gateway calls the simulator run alone (its default address).
            return enabled ?? true;
        }

        return enabled == true ? true : throw new InvalidOperationException(
            $"No federal services to call: set {BaseAddressKey} (environment variable FederalServices__BaseAddress) to the "
            + $"address of the BCSS gateway. To run on invented persons instead (a test or demo deployment, never production), "
            + $"set {SimulatorEnabledKey}=true (FederalServices__Simulator__Enabled=true).");
    }
}

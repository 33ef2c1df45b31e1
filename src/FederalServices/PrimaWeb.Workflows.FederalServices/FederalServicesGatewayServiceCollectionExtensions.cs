using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using PrimaWeb.Workflows.FederalServices.Access;
using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.FederalServices.Control;
using PrimaWeb.Workflows.FederalServices.Heating;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.Mutations;
using PrimaWeb.Workflows.FederalServices.SppIs;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.FederalServices;

/// <summary>The DI entry point of the gateway.</summary>
public static class FederalServicesGatewayServiceCollectionExtensions
{
    /// <summary>
    /// Registers the typed clients, the integration control and the resilient HTTP client. The host should register
    /// its own <see cref="IIntegrationDirectory"/> and <see cref="IAuditLog"/> (database-backed); in-memory ones are
    /// registered only if none is.
    /// </summary>
    public static IServiceCollection AddFederalServicesGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FederalServicesOptions>()
            .Bind(configuration.GetSection(FederalServicesOptions.SectionName))
            .Validate(o => o.BaseAddress.IsAbsoluteUri, "FederalServices:BaseAddress must be an absolute URI.")
            .Validate(o => o.AttemptTimeout > TimeSpan.Zero && o.TotalTimeout >= o.AttemptTimeout, "FederalServices time-outs are inconsistent.")
            .Validate(o => o.MaxRetryAttempts >= 0, "FederalServices:MaxRetryAttempts must not be negative.");

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIntegrationDirectory, InMemoryIntegrationDirectory>();
        services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        services.TryAddSingleton<IIntegrationControl, DirectoryIntegrationControl>();

        var http = services.AddHttpClient<FederalServiceInvoker>((sp, http) =>
            {
                var baseAddress = sp.GetRequiredService<IOptions<FederalServicesOptions>>().Value.BaseAddress.ToString();
                http.BaseAddress = new Uri(baseAddress.EndsWith('/') ? baseAddress : baseAddress + "/");

                // The resilience pipeline owns the time-outs; HttpClient's own would cut retries short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            });
        http.AddResilienceHandler("federal-services", (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<FederalServicesOptions>>().Value;

                // Transport time is real time even when the business clock (TimeProvider in DI) is a test's fake one.
                builder.TimeProvider = TimeProvider.System;
                builder.AddTimeout(options.TotalTimeout);
                builder.AddRetry(CreateRetry(options));
                builder.AddTimeout(options.AttemptTimeout);
            });

        // Added after the resilience handler, so it sits inside it and sees every attempt.
        http.AddHttpMessageHandler(() => new AttemptHandler());

        services.AddTransient<IIdentificationClient, IdentificationClient>();
        services.AddTransient<IAccessClient, AccessClient>();
        services.AddTransient<IInvestigationClient, InvestigationClient>();
        services.AddTransient<ISppIsClient, SppIsClient>();
        services.AddTransient<IHeatingClient, HeatingClient>();
        services.AddTransient<IMutationsClient, MutationsClient>();
        return services;
    }

    private static HttpRetryStrategyOptions CreateRetry(FederalServicesOptions options)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        };

        // Transient outcomes (5xx, 408, 429, connection errors, attempt time-outs) are retried only for calls the
        // invoker marked safe to repeat; MaxRetryAttempts = 0 disables retries altogether.
        var transient = retry.ShouldHandle;
        var enabled = options.MaxRetryAttempts > 0;
        retry.ShouldHandle = async args =>
            enabled
            && args.Context.GetRequestMessage() is { } request
            && request.Options.TryGetValue(FederalRequestOptions.RetryAllowed, out var allowed)
            && allowed
            && await transient(args);
        return retry;
    }
}

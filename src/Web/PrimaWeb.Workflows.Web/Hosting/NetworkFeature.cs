using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// Where the host listens and whom it believes about the original request. The address is the usual ASP.NET Core one
/// (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>, <c>Kestrel:Endpoints</c>), with
/// <c>http://127.0.0.1:5080</c> when none is given. The <c>X-Forwarded-*</c> headers are read only from the reverse proxies
/// named in <c>ForwardedHeaders:KnownProxies</c> / <c>ForwardedHeaders:KnownNetworks</c>: behind one, the scheme
/// (https, hence Secure cookies), the client address and the host are the proxy's view of the request.
/// </summary>
internal sealed class NetworkFeature : IWebFeature
{
    public const string DefaultUrl = "http://127.0.0.1:5080";
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";
    public const string KnownNetworksKey = "ForwardedHeaders:KnownNetworks";

    public static void Add(WebApplicationBuilder builder)
    {
        if (!HasListenAddress(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var configuration = (IConfiguration)builder.Configuration;
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure(options => TrustConfiguredProxies(options, configuration))
            .ValidateOnStart();
    }

    /// <summary>True when the configuration already says where to listen (so the default must not override it).</summary>
    public static bool HasListenAddress(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    /// <summary>True when a reverse proxy is configured, i.e. when the forwarded headers are to be read at all.</summary>
    public static bool HasProxies(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[KnownProxiesKey]) || !string.IsNullOrWhiteSpace(configuration[KnownNetworksKey]);

    /// <summary>
    /// Only the configured proxies are believed; ASP.NET Core's own default (any loopback address) is dropped, so that a
    /// process on the same machine cannot claim to be the proxy unless the operator said so.
    /// </summary>
    private static void TrustConfiguredProxies(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in List(configuration[KnownProxiesKey]))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{KnownProxiesKey}: '{proxy}' is not an IP address."));
        }

        foreach (var network in List(configuration[KnownNetworksKey]))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{KnownNetworksKey}: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/8)."));
        }
    }

    // One setting for a list, comma- or space-separated: easier in an environment variable than indexed keys.
    private static string[] List(string? value) =>
        (value ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

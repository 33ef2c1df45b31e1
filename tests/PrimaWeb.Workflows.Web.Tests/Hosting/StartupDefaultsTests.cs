using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PrimaWeb.Workflows.FederalServices;
using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// Safe defaults of the host: the simulator of the federal services only in Development or when switched on, a
/// production start without a federal-services address refused with what to set, the listen address given by the
/// usual settings, and forwarded headers believed only from the configured reverse proxy.
/// </summary>
public sealed class StartupDefaultsTests : IDisposable
{
    private readonly PrimaWebFactory _factory = new() { Demo = false };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void Start_InProductionWithoutAFederalServicesAddress_StopsSayingWhatToSet()
    {
        using var production = InProduction();

        var failure = Should.Throw<Exception>(() => production.CreateClient().Dispose());

        var message = Messages(failure);
        message.ShouldContain("FederalServices:BaseAddress");
        message.ShouldContain("FederalServices__BaseAddress");
        message.ShouldContain("FederalServices:Simulator:Enabled=true");
    }

    [Fact]
    public void Start_InProductionWithTheSimulatorSwitchedOn_RunsIt()
    {
        using var production = InProduction(("FederalServices:Simulator:Enabled", "true"));
        production.CreateClient().Dispose();

        var options = production.Services.GetRequiredService<IOptions<FederalServicesOptions>>().Value;

        options.BaseAddress.Host.ShouldBe("127.0.0.1");
        options.BaseAddress.Port.ShouldNotBe(5090);
        production.Services.GetService<EmbeddedSimulator>().ShouldNotBeNull();
    }

    [Fact]
    public void Start_InProductionWithAFederalServicesAddress_CallsItAndRunsNoSimulator()
    {
        using var production = InProduction(("FederalServices:BaseAddress", "https://bcss.example.be/"));
        production.CreateClient().Dispose();

        var options = production.Services.GetRequiredService<IOptions<FederalServicesOptions>>().Value;

        options.BaseAddress.ShouldBe(new Uri("https://bcss.example.be/"));
        production.Services.GetService<EmbeddedSimulator>().ShouldBeNull();
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:6001")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:6002")]
    public void ListenAddress_GivenByAUsualSetting_IsKept(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        NetworkFeature.HasListenAddress(configuration).ShouldBeTrue();
    }

    [Fact]
    public void ListenAddress_GivenNowhere_IsTheDefault()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Urls"] = "" }).Build();

        NetworkFeature.HasListenAddress(configuration).ShouldBeFalse();
    }

    [Fact]
    public async Task ForwardedProto_FromTheConfiguredProxy_MakesTheCookiesSecure()
    {
        var (fromProxy, direct) = await LanguageCookiesAsync(("ForwardedHeaders:KnownProxies", "127.0.0.1"));

        fromProxy.ShouldContain("; secure", Case.Insensitive);
        direct.ShouldNotContain("; secure", Case.Insensitive);
    }

    [Fact]
    public async Task ForwardedProto_WithNoProxyConfigured_IsIgnored()
    {
        var (fromProxy, _) = await LanguageCookiesAsync();

        fromProxy.ShouldNotContain("; secure", Case.Insensitive);
    }

    [Fact]
    public void ForwardedHeaders_ProxyThatIsNoAddress_StopsTheStart()
    {
        using var app = _factory.WithWebHostBuilder(host => host.UseSetting("ForwardedHeaders:KnownProxies", "the-proxy"));

        Messages(Should.Throw<Exception>(() => app.CreateClient().Dispose())).ShouldContain("ForwardedHeaders:KnownProxies");
    }

    /// <summary>The cookie of the language switch over a real socket, asked with and without X-Forwarded-Proto: https.</summary>
    private async Task<(string FromProxy, string Direct)> LanguageCookiesAsync(params (string Key, string Value)[] settings)
    {
        var app = _factory.WithWebHostBuilder(host =>
        {
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        await using var loopback = (WebApplicationFactory<Program>)app;
        loopback.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        loopback.StartServer();
        var address = loopback.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };

        var language = new Uri("/account/language?culture=nl-BE&returnUrl=/", UriKind.Relative);
        using var viaProxy = new HttpRequestMessage(HttpMethod.Get, language);
        viaProxy.Headers.Add("X-Forwarded-Proto", "https");
        viaProxy.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var proxied = await http.SendAsync(viaProxy);
        using var plain = await http.GetAsync(language);
        return (Culture(proxied), Culture(plain));
    }

    private static string Culture(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(cookie => cookie.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));

    private WebApplicationFactory<Program> InProduction(params (string Key, string Value)[] settings) =>
        _factory.WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });

    private static string Messages(Exception failure)
    {
        var messages = new List<string>();
        for (Exception? e = failure; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" | ", messages);
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Identification;

namespace PrimaWeb.Workflows.Web.Tests;

/// <summary>
/// The host on its default set-up (no <c>FederalServices:BaseAddress</c>): the simulator runs in-process, the gateway
/// calls it, and each call is audited in the database and listed to its own CPAS only.
/// </summary>
public sealed class FederalServicesAuditTests : IDisposable
{
    private const string Thomas = "85073003328";
    private readonly PrimaWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public void Start_NoBaseAddress_PointsTheGatewayAtTheSimulatorInProcess()
    {
        _app.CreateClient().Dispose();

        var options = _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<FederalServicesOptions>>().Value;

        options.BaseAddress.Host.ShouldBe("127.0.0.1");
        options.BaseAddress.Port.ShouldNotBe(5090);
    }

    [Fact]
    public void Start_SimulatorDisabled_KeepsTheConfiguredDefaultAddress()
    {
        using var app = _app.WithWebHostBuilder(host => host.UseSetting("FederalServices:Simulator:Enabled", "false"));
        app.CreateClient().Dispose();

        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<FederalServicesOptions>>().Value;

        options.BaseAddress.ShouldBe(new Uri("http://127.0.0.1:5090/"));
    }

    [Fact]
    public async Task AuditEndpoints_AfterAConsultation_ListItToItsCpasOnly()
    {
        _app.CreateClient().Dispose();
        await ConsultAsync("cpas-namur", "namur-social-worker", "case-audit-1");

        using var namur = _app.CreateClient();
        (await namur.SignInAsync("namur-social-worker")).EnsureSuccessStatusCode();
        using var gent = _app.CreateClient();
        (await gent.SignInAsync("gent-social-worker")).EnsureSuccessStatusCode();

        var byPerson = await ListAsync(namur, $"/api/persons/{Thomas}/audit");
        var byCase = await ListAsync(namur, "/api/cases/case-audit-1/audit");
        var gentByPerson = await ListAsync(gent, $"/api/persons/{Thomas}/audit");
        var gentByCase = await ListAsync(gent, "/api/cases/case-audit-1/audit");

        // Thomas Martin's demo DIS consulted him too (its workflow's calls are audited under its case): this case's call is one.
        var entry = byPerson.Where(e => e.GetProperty("caseId").GetString() == "case-audit-1").ShouldHaveSingleItem();
        entry.GetProperty("user").GetString().ShouldBe("namur-social-worker");
        entry.GetProperty("persons").EnumerateArray().Select(p => p.GetString()).ShouldBe([Thomas]);

        // The in-process simulator answered, and knows Thomas Martin (the demo persons are in its registers).
        entry.GetProperty("outcome").GetString().ShouldBe("Succeeded");
        byCase.ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(entry.GetProperty("id").GetGuid());
        gentByPerson.ShouldBeEmpty();
        gentByCase.ShouldBeEmpty();
    }

    [Fact]
    public async Task PersonAudit_InvalidNiss_Answers400NamingTheField()
    {
        using var client = _app.CreateClient();
        (await client.SignInAsync("namur-manager")).EnsureSuccessStatusCode();

        var response = await client.GetAsync(new Uri("/api/persons/85073003329/audit", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").TryGetProperty("niss", out _).ShouldBeTrue();
    }

    private async Task ConsultAsync(string cpas, string user, string caseId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var identification = scope.ServiceProvider.GetRequiredService<IIdentificationClient>();
        var context = new FederalCallContext(cpas, user, caseId, null, LegalContext.SocialInquiry);
        try
        {
            await identification.IdentifyBySsinAsync(context, Niss.Parse(Thomas, null));
        }
        catch (Exception exception) when (exception is not ShouldAssertException)
        {
            // A refusal (not integrated, unknown) is an answer too: what matters here is that it was audited.
        }
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}

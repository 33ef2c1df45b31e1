using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.Transport;
using PrimaWeb.Workflows.Simulator.Faults;
using PrimaWeb.Workflows.Simulator.Hosting;

namespace PrimaWeb.Workflows.Simulator.Tests.Hosting;

/// <summary>The simulator on its own over HTTP: loopback port, service envelope, second-line refusal, admin endpoints.</summary>
public sealed class SimulatorHostTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task StartAsync_Defaults_ListensOnALoopbackPort()
    {
        await using var simulator = await SimulatorHost.StartAsync(time: Clock);
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };

        var text = await http.GetStringAsync(new Uri("/", UriKind.Relative));

        simulator.BaseAddress.Host.ShouldBe("127.0.0.1");
        simulator.BaseAddress.Port.ShouldNotBe(5090);
        text.ShouldContain($"{simulator.State.Population.Count} persons");
    }

    [Fact]
    public async Task Consultation_PersonNotIntegratedByTheCaller_AnswersMsg00012()
    {
        await using var simulator = await SimulatorHost.StartAsync(time: Clock);
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        var person = simulator.State.Population.Persons.First();
        simulator.State.Integrate("cpas-liege", person.Niss, 1, new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30)));

        var reply = await PostAsync(http, "bcss/OCMWCPASPerformInvestigation", "cpas-namur", new PerformInvestigationRequest(person.Niss));

        reply.GetProperty("Status").GetProperty("Code").GetString().ShouldBe("MSG00012");
        reply.GetProperty("Status").GetProperty("Description").GetString().ShouldNotBeNull().ShouldContain("-300020");
    }

    [Fact]
    public async Task Consultation_IntegratedCaller_AnswersTheData()
    {
        await using var simulator = await SimulatorHost.StartAsync(time: Clock);
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        var person = simulator.State.Population.Persons.First();
        simulator.State.Integrate("cpas-namur", person.Niss, 1, new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30)));

        var reply = await PostAsync(http, "bcss/OCMWCPASPerformInvestigation", "cpas-namur", new PerformInvestigationRequest(person.Niss));

        reply.GetProperty("Status").GetProperty("Code").GetString().ShouldBe("MSG00000");
        reply.GetProperty("Data").GetProperty("Person").GetProperty("SSIN").GetString().ShouldBe(person.Niss.Value);
    }

    [Fact]
    public async Task Request_WithoutCallingCpas_IsInvalid()
    {
        await using var simulator = await SimulatorHost.StartAsync(time: Clock);
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };

        using var response = await http.PostAsync(new Uri("bcss/L950", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(FederalHeaders.Cpas);
    }

    [Fact]
    public async Task AdminFaults_PostedFault_HitsTheNextRequestOnly()
    {
        await using var simulator = await SimulatorHost.StartAsync(time: Clock);
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };

        using var posted = await http.PostAsJsonAsync(new Uri("admin/faults", UriKind.Relative),
            new { Service = "A701", Kind = "ServerError", StatusCode = 503, Times = 1 });
        var first = await PostRawAsync(http, "bcss/A701", new { EmployerNumber = "0501234595" });
        var second = await PostRawAsync(http, "bcss/A701", new { EmployerNumber = "0501234595" });

        posted.StatusCode.ShouldBe(HttpStatusCode.Created);
        first.ShouldBe(HttpStatusCode.ServiceUnavailable);
        second.ShouldBe(HttpStatusCode.OK);
        simulator.Faults.Active.ShouldBeEmpty();
        simulator.Journal.For("A701").Count.ShouldBe(2);
    }

    [Fact]
    public async Task Faults_FromConfiguration_AreActiveFromTheStart()
    {
        var options = new SimulatorOptions
        {
            Url = "http://127.0.0.1:0",
            Logging = false,
            Faults = [new FaultRule { Service = "A701", Kind = FaultKind.ServerError, StatusCode = 500 }],
        };
        await using var simulator = await SimulatorHost.StartAsync(options, Clock);
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };

        (await PostRawAsync(http, "bcss/A701", new { EmployerNumber = "0501234595" })).ShouldBe(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task AdminMutations_AddressChange_IsAppliedAndPublished()
    {
        await using var simulator = await SimulatorHost.StartAsync(time: Clock);
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        var person = simulator.State.Population.Persons.First();

        using var response = await http.PostAsJsonAsync(new Uri("admin/mutations", UriKind.Relative), new
        {
            SSIN = person.Niss.Value,
            Kind = "AddressChange",
            EffectiveDate = "2026-03-16",
            Values = new Dictionary<string, string> { ["StreetName"] = "Place Flagey", ["HouseNumber"] = "18", ["PostalCode"] = "1050", ["Municipality"] = "Ixelles" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        person.CurrentAddress!.Municipality.ShouldBe("Ixelles");
        simulator.State.Mutations.All[^1].SSIN.ShouldBe(person.Niss);
    }

    [Fact]
    public async Task AdminMutations_AddressTheDomainRefuses_Answers400AndLeavesThePersonAsHeWas()
    {
        await using var simulator = await SimulatorHost.StartAsync(time: Clock);
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        var person = simulator.State.Population.Persons.First(p => p.CurrentAddress is not null);
        var before = person.CurrentAddress;

        using var response = await http.PostAsJsonAsync(new Uri("admin/mutations", UriKind.Relative), new
        {
            SSIN = person.Niss.Value,
            Kind = "AddressChange",
            EffectiveDate = "2026-03-16",
            Values = new Dictionary<string, string> { ["StreetName"] = "Place Flagey", ["HouseNumber"] = "18", ["PostalCode"] = "105", ["Municipality"] = "Ixelles" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("PostalCode");
        person.CurrentAddress.ShouldBe(before);
    }

    private static async Task<JsonElement> PostAsync<T>(HttpClient http, string route, string cpas, T body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(route, UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(body, FederalJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(FederalHeaders.Cpas, cpas);
        using var response = await http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<HttpStatusCode> PostRawAsync(HttpClient http, string route, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(route, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add(FederalHeaders.Cpas, "cpas-namur");
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}

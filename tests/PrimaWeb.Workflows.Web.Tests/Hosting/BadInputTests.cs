using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Web.Tests.Features.Requests;
using Xunit.Abstractions;
using static PrimaWeb.Workflows.Web.Tests.Hosting.FieldKind;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// The bad-input corpus (<see cref="BadInputCorpus"/>) over every write endpoint of the API, on the real host with the
/// real definitions, tasks of a DIS request at three steps (resources, social report, the Council's decision): each
/// bad request must answer a 400 problem naming the field it spoiled, and leave the database exactly as it was.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper output) : IDisposable
{
    private readonly RequestWorkflowApp _app = new(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));

    public void Dispose()
    {
        _app.Dispose();
        PrimaWebFactory.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task WriteEndpoints_BadInputOfEveryClass_Answer400ProblemAndWriteNothing()
    {
        var endpoints = await EndpointsAsync();
        var sessions = new Dictionary<string, RawApi>();
        var failures = new List<string>();
        var sent = 0;
        try
        {
            foreach (var endpoint in endpoints)
            {
                if (!sessions.TryGetValue(endpoint.User, out var api))
                {
                    sessions[endpoint.User] = api = await RawApi.SignInAsync(_app.Factory, endpoint.User);
                }

                foreach (var bad in BadInputCorpus.For(endpoint))
                {
                    var before = await DatabaseSnapshot.TakeAsync(_app.DatabaseFile);
                    var answer = await api.SendAsync(endpoint.Method, endpoint.Path, bad.Body);
                    var written = (await DatabaseSnapshot.TakeAsync(_app.DatabaseFile)).ChangedSince(before);
                    sent++;
                    if (Verdict(bad, answer, written) is { } failure)
                    {
                        failures.Add($"{bad.Id}: {failure} — {answer}");
                    }
                }
            }
        }
        finally
        {
            foreach (var session in sessions.Values)
            {
                session.Dispose();
            }
        }

        output.WriteLine($"{endpoints.Count} write endpoints, {BadInputCorpus.Classes.Count} classes, {sent} bad requests sent.");
        failures.ShouldBeEmpty();
    }

    private static string? Verdict(BadInput bad, RawAnswer answer, IReadOnlyList<string> written)
    {
        if (written.Count > 0)
        {
            return $"wrote to {string.Join(", ", written)}";
        }

        if (answer.Status != HttpStatusCode.BadRequest || !answer.IsProblem)
        {
            return "must answer a 400 problem";
        }

        // The field spoiled, or the object or list it belongs to (a rule over several members names their parent).
        return bad.Field is null || answer.ErrorFields.Any(key => bad.Field.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(bad.Field, StringComparison.Ordinal))
            ? null
            : $"must name {bad.Field}";
    }

    /// <summary>Each write endpoint with a body it would accept: a DIS request waits at each of its three forms.</summary>
    private async Task<List<WriteEndpoint>> EndpointsAsync()
    {
        var resources = await RequestFlow.FileAsync(_app, person: 20);
        var report = await RequestFlow.FileAsync(_app, person: 21);
        await report.CompleteAsync(report.Worker, "record-resources", RecordResourcesPayload());
        var council = await RequestFlow.FileAsync(_app, person: 22);
        await council.ToCouncilAsync();
        var resourcesTask = (await resources.FindTaskAsync(resources.Worker, "record-resources")).ShouldNotBeNull();
        var reportTask = (await report.FindTaskAsync(report.Worker, "social-report")).ShouldNotBeNull();
        var councilTask = (await council.FindTaskAsync(council.Manager, "council-decision")).ShouldNotBeNull();
        var otherCase = await CaseEndpointsCaseIdAsync(resources, "NA-2026-0002");

        return
        [
            new("open case", HttpMethod.Post, "/api/cases", "namur-social-worker",
                new JsonObject { ["niss"] = SimulatedPersons.Adults[23].Niss.ToString(), ["openedOn"] = "2026-03-01", ["socialWorkerId"] = "namur-social-worker" },
                [new("niss", Text), new("openedOn", Date), new("socialWorkerId", Text)]),
            new("replace de facto household", HttpMethod.Put, $"/api/cases/{resources.CaseId}/household/de-facto", "namur-social-worker",
                new JsonObject
                {
                    ["members"] = new JsonArray(new JsonObject { ["niss"] = SimulatedPersons.Adults[20].Niss.ToString(), ["relation"] = "MainPerson", ["from"] = "2026-02-01" }),
                },
                [new("members", List), new("members[0].niss", Text), new("members[0].personId", Text), new("members[0].relation", Text), new("members[0].from", Date), new("members[0].to", Date)]),
            new("file request", HttpMethod.Post, $"/api/cases/{otherCase}/requests", "namur-social-worker",
                new JsonObject { ["type"] = "EquivalentRis", ["receivedOn"] = "2026-03-01" },
                [new("type", Text), new("receivedOn", Date)]),
            new("create BIS number", HttpMethod.Post, "/api/persons/bis", "namur-social-worker",
                new JsonObject
                {
                    ["lastName"] = "Dubois", ["firstName"] = "Marie", ["birthDate"] = "1980-05-12", ["gender"] = "Female", ["nationalityCode"] = 150,
                    ["nationality"] = "BE", ["birthPlace"] = "Namur", ["language"] = "Fr",
                    ["address"] = new JsonObject { ["street"] = "Rue de Fer", ["houseNumber"] = "12", ["postalCode"] = "5000", ["municipality"] = "Namur", ["countryCode"] = "BE" },
                },
                [
                    new("lastName", Text), new("firstName", Text), new("birthDate", Date), new("gender", Text), new("nationalityCode", Integer), new("nationality", Text),
                    new("birthPlace", Text), new("language", Text), new("address", Nested), new("address.street", Text), new("address.houseNumber", Text),
                    new("address.box", Text), new("address.postalCode", Text), new("address.municipality", Text), new("address.countryCode", Text),
                ]),
            new("calculate RIS", HttpMethod.Post, "/api/calculations/ris", "namur-social-worker",
                JsonNode.Parse(Web.Features.Calculations.CalculationExamples.Ris)!.AsObject(),
                [
                    new("category", Integer), new("periodStart", Date), new("periodEnd", Date), new("requestDate", Date), new("members", List),
                    new("members[0].personId", Text), new("members[0].relation", Text), new("members[0].isDisBeneficiary", Flag), new("members[0].countedSharePercent", Number),
                    new("resources", List), new("resources[0].personId", Text), new("resources[0].kind", Text), new("resources[0].amount", Number),
                    new("resources[0].periodicity", Text), new("resources[0].description", Text), new("resources[0].fromArticle60Employment", Flag), new("choices", Nested),
                    new("choices.proRata", Text),
                ]),
            new("calculate heating allowance", HttpMethod.Post, "/api/calculations/heating-allowance", "namur-social-worker",
                JsonNode.Parse(Web.Features.Calculations.CalculationExamples.HeatingAllowance)!.AsObject(),
                [
                    new("category", Integer), new("fuel", Text), new("purchaseMode", Text), new("deliveryDate", Date), new("requestDate", Date),
                    new("invoicedLitres", Number), new("pricePerLitre", Number), new("dwellingsCovered", Integer), new("bimStatus", Text), new("incomes", List),
                    new("incomes[0].personId", Text), new("incomes[0].kind", Text), new("incomes[0].yearlyAmount", Number), new("possibleDependants", List),
                    new("possibleDependants[0].netYearlyIncome", Number), new("inDebtMediation", Flag), new("litresAlreadyGrantedInPeriod", Number),
                ]),
            Operation("claim", resourcesTask),
            Operation("release", resourcesTask),
            Complete("record-resources", RecordResourcesPayload(), RecordResourcesFields, resourcesTask),
            Complete("social-report", ReportPayload(), ReportFields, reportTask),
            Complete("council-decision", CouncilPayload(), CouncilFields, councilTask, "namur-manager"),
        ];
    }

    private static readonly BodyField[] RecordResourcesFields =
    [
        new("payload.category", Text), new("payload.claimantEarnedIncome", Number), new("payload.rent", Number),
        new("payload.partnerIsDisBeneficiary", Flag),
        new("payload.memberResources", List, new JsonObject { ["member"] = "partner", ["kind"] = "earnedIncome", ["amount"] = 100 }),
    ];

    private static readonly BodyField[] ReportFields =
    [
        new("payload.report", Text), new("payload.proposal", Text), new("payload.monthlyAmount", Number), new("payload.from", Date),
        new("payload.until", Date), new("payload.motivation", Text),
    ];

    private static readonly BodyField[] CouncilFields =
    [
        new("payload.decision", Text), new("payload.decidedOn", Date), new("payload.monthlyAmount", Number), new("payload.from", Date),
        new("payload.until", Date), new("payload.motivation", Text),
    ];

    private static JsonObject RecordResourcesPayload() => new() { ["category"] = "Isolated", ["claimantEarnedIncome"] = 600, ["rent"] = 550 };

    private static JsonObject ReportPayload() => new()
    {
        ["report"] = "Vit seul, travaille à temps partiel.",
        ["proposal"] = "Grant",
        ["monthlyAmount"] = 900,
        ["from"] = "2026-03-01",
        ["until"] = "2027-02-28",
        ["motivation"] = "Ressources inférieures au montant du RIS.",
    };

    private static JsonObject CouncilPayload() => new()
    {
        ["decision"] = "Granted",
        ["decidedOn"] = "2026-03-02",
        ["monthlyAmount"] = 900,
        ["from"] = "2026-03-01",
        ["until"] = "2027-02-28",
        ["motivation"] = "Conforme à la proposition.",
    };

    private static WriteEndpoint Operation(string verb, System.Text.Json.JsonElement task) =>
        new(verb, HttpMethod.Post, $"/api/tasks/{task.GetProperty("id").GetGuid()}/{verb}", "namur-social-worker",
            new JsonObject { ["expectedRevision"] = task.GetProperty("revision").GetInt32(), ["operationId"] = $"corpus-{verb}" },
            [new("expectedRevision", Integer), new("operationId", Text)]);

    private static WriteEndpoint Complete(string type, JsonObject payload, BodyField[] fields, System.Text.Json.JsonElement task, string user = "namur-social-worker") =>
        new($"complete {type}", HttpMethod.Post, $"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", user,
            new JsonObject { ["expectedRevision"] = task.GetProperty("revision").GetInt32(), ["operationId"] = $"corpus-{type}", ["payload"] = payload },
            [new("expectedRevision", Integer), new("operationId", Text), new("payload", Nested), .. fields]);

    private static async Task<Guid> CaseEndpointsCaseIdAsync(RequestFlow flow, string reference)
    {
        var (_, cases) = await flow.Worker.GetAsync("/api/cases");
        return cases.EnumerateArray().Single(c => c.GetProperty("reference").GetString() == reference).GetProperty("id").GetGuid();
    }
}

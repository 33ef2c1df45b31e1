using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using Case = PrimaWeb.Workflows.Domain.Cases.Case;

namespace PrimaWeb.Workflows.Activities.Tests.Workflows;

/// <summary>A request of one person living alone, run on its definition up to the Council's task.</summary>
internal sealed record RequestScenario(Case Case, Request Request, Person Person, Guid InstanceId)
{
    public static async Task<RequestScenario> ToCouncilAsync(RequestHarness harness, string definitionId, RequestType type, Language language = Language.Fr, int skip = 0)
    {
        var person = harness.AddPerson(harness.Adults().Skip(skip).First(), language);
        var (@case, request) = harness.OpenRequest(person, type, harness.Today);
        var instanceId = await harness.StartAsync(definitionId, @case, request, person);
        await harness.DeliverOutboxAsync();
        await harness.CompleteAsync("record-resources", await ResourcesAsync(harness, instanceId, person));
        await harness.CompleteAsync("social-report", new JsonObject
        {
            ["report"] = "Vit seul, travaille à temps partiel.",
            ["proposal"] = "Grant",
        });
        return new RequestScenario(@case, request, person, instanceId);
    }

    /// <summary>A wage of 600 € a month and a rent of 550 €, in the resources form of the version that runs (typed lines from v3).</summary>
    public static async Task<JsonObject> ResourcesAsync(RequestHarness harness, Guid instanceId, Person person) =>
        (await harness.InstanceAsync(instanceId)).DefinitionVersion >= 3
            ? new JsonObject
            {
                ["category"] = "Isolated",
                ["resources"] = new JsonArray(new JsonObject { ["member"] = person.Id.ToString(), ["kind"] = "EarnedIncome", ["amount"] = 600, ["periodicity"] = "Monthly" }),
                ["rent"] = 550,
            }
            : new JsonObject { ["category"] = "Isolated", ["claimantEarnedIncome"] = 600, ["rent"] = 550 };

    /// <summary>Up to the Council, which grants it; the SPP-IS accepts the form and its answer is read.</summary>
    public static async Task<RequestScenario> GrantedAsync(RequestHarness harness, string definitionId, RequestType type)
    {
        var scenario = await ToCouncilAsync(harness, definitionId, type);
        await harness.CompleteAsync("council-decision", Council("Granted", harness.Today), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.PollAnswersAsync();
        await harness.DeliverOutboxAsync();
        return scenario;
    }

    public static JsonObject Council(string decision, DateOnly decidedOn, decimal? amount = null, string? motivation = null)
    {
        var payload = new JsonObject { ["decision"] = decision, ["decidedOn"] = decidedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        if (amount is { } monthly)
        {
            payload["monthlyAmount"] = monthly;
        }

        if (motivation is not null)
        {
            payload["motivation"] = motivation;
        }

        return payload;
    }
}

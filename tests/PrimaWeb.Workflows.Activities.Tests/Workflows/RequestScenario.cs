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
        await harness.CompleteAsync("record-resources", new JsonObject { ["category"] = "Isolated", ["claimantEarnedIncome"] = 600, ["rent"] = 550 });
        await harness.CompleteAsync("social-report", new JsonObject
        {
            ["report"] = "Vit seul, travaille à temps partiel.",
            ["proposal"] = "Grant",
        });
        return new RequestScenario(@case, request, person, instanceId);
    }

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

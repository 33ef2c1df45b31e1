using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Activities.Tests.Workflows;

/// <summary>
/// definitions/dis/v3.json (requests received from 1 January 2027) on the engine, the in-memory case file and the
/// simulator: the A036 follows every change of the decision and the integrations end with the aid (issue 14 point 2),
/// and a member employed through the CPAS is integrated under code 6 (point 3).
/// </summary>
public sealed class DisVersion3Tests
{
    private static readonly DateTimeOffset Monday = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_revision_refused_at_the_yearly_review_ends_the_A036_and_every_integration_on_its_decision_day_and_closes_the_request()
    {
        await using var harness = await RequestHarness.StartAsync();
        harness.Clock.SetUtcNow(Monday);
        var scenario = await RequestScenario.GrantedAsync(harness, "dis", RequestType.Dis);
        var grant = scenario.Request.LatestDecision!;
        await ToYearlyReviewAsync(harness);

        await harness.CompleteAsync("ris-review", new JsonObject { ["outcome"] = "revise" });
        await harness.DeliverOutboxAsync();
        await harness.CompleteAsync("record-resources", new JsonObject
        {
            ["category"] = "Isolated",
            ["resources"] = new JsonArray(new JsonObject { ["member"] = scenario.Person.Id.ToString(), ["kind"] = "EarnedIncome", ["amount"] = 1800, ["periodicity"] = "Monthly" }),
        });
        await harness.CompleteAsync("social-report", new JsonObject { ["report"] = "Travaille à temps plein depuis novembre.", ["proposal"] = "Refuse" });
        var decidedOn = harness.Today;
        await harness.CompleteAsync("council-decision", RequestScenario.Council("Refused", decidedOn, motivation: "Ressources suffisantes."), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.PollAnswersAsync();
        await harness.DeliverOutboxAsync();

        (await harness.InstanceAsync(scenario.InstanceId)).DefinitionVersion.ShouldBe(3);
        var refusal = scenario.Request.LatestDecision!;
        refusal.Outcome.ShouldBe(DecisionOutcome.Refused);
        var a036 = harness.CaseFile.Records.OfType<SppIsForm>().Single(f => f.DecisionId == refusal.Id && f.Type == SppIsFormType.A036Modify);
        a036.DueOn.ShouldBe(decidedOn.AddDays(7));
        var period = JsonNode.Parse(a036.ContentJson)!["Period"]!;
        period["StartDate"]!.GetValue<string>().ShouldBe(Text(grant.Terms!.From));
        period["EndDate"]!.GetValue<string>().ShouldBe(Text(decidedOn), "the attested aid stops with the refusal");
        var integrations = harness.CaseFile.Register(RequestHarness.Tenant, scenario.Person.Niss).Integrations.Where(i => !i.IsCancelled).ToList();
        integrations.ShouldContain(i => i.Code == CapacityCode.IntegrationIncome && i.End == decidedOn);
        integrations.ShouldAllBe(i => i.End <= decidedOn);
        harness.Simulator.State.Register.IsIntegrated(RequestHarness.Tenant, scenario.Person.Niss, decidedOn.AddDays(1)).ShouldBeFalse("the BCSS was told");
        scenario.Request.Status.ShouldBe(RequestStatus.Closed);
        (await harness.InstanceAsync(scenario.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
    }

    [Theory]
    [InlineData("unchanged", false)]
    [InlineData("endAtSuspension", true)]
    public async Task A_suspension_changes_the_A036_only_when_the_reference_data_says_so(string onSuspension, bool changed)
    {
        await using var harness = await RequestHarness.StartAsync(configure: engine =>
            engine.Services.Replace(ServiceDescriptor.Singleton(ReferenceWith(onSuspension))));
        harness.Clock.SetUtcNow(Monday);
        var scenario = await RequestScenario.GrantedAsync(harness, "dis", RequestType.Dis);
        await ToYearlyReviewAsync(harness);
        var from = harness.Today.AddDays(10);

        await harness.CompleteAsync("ris-review", new JsonObject { ["outcome"] = "suspend" });
        await harness.CompleteAsync("council-mutation", new JsonObject
        {
            ["mutation"] = "Suspend",
            ["decidedOn"] = Text(harness.Today),
            ["from"] = Text(from),
            ["reason"] = "Ne collabore plus au PIIS.",
        }, RequestHarness.Manager);
        await harness.DeliverOutboxAsync();

        var suspension = scenario.Request.LatestDecision!;
        suspension.Outcome.ShouldBe(DecisionOutcome.Suspended);
        var a036 = harness.CaseFile.Records.OfType<SppIsForm>().SingleOrDefault(f => f.DecisionId == suspension.Id && f.Type == SppIsFormType.A036Modify);
        if (changed)
        {
            a036.ShouldNotBeNull().DueOn.ShouldBe(harness.Today.AddDays(7));
            JsonNode.Parse(a036.ContentJson)!["Period"]!["EndDate"]!.GetValue<string>().ShouldBe(Text(from));
        }
        else
        {
            a036.ShouldBeNull("the attested period stays while the aid is only suspended");
        }
    }

    [Fact]
    public async Task A_partner_and_an_adult_son_employed_under_article_60_are_integrated_under_code_6_the_partner_besides_code_2()
    {
        await using var harness = await RequestHarness.StartAsync();
        harness.Clock.SetUtcNow(Monday);
        var adults = harness.Adults().Take(3).ToList();
        var (main, partner, son) = (harness.AddPerson(adults[0]), harness.AddPerson(adults[1]), harness.AddPerson(adults[2]));
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, harness.Today, (partner, HouseholdRelation.Partner), (son, HouseholdRelation.Child));
        var instanceId = await harness.StartAsync("dis", @case, request, main);
        await harness.DeliverOutboxAsync();
        JsonObject Article60(Domain.People.Person person, decimal amount) => new()
        {
            ["member"] = person.Id.ToString(),
            ["kind"] = "EarnedIncome",
            ["amount"] = amount,
            ["periodicity"] = "Monthly",
            ["fromArticle60Employment"] = true,
        };

        await harness.CompleteAsync("record-resources", new JsonObject
        {
            ["category"] = "Cohabitant",
            ["resources"] = new JsonArray(Article60(partner, 1250), Article60(son, 1300)),
        });
        await harness.CompleteAsync("social-report", new JsonObject { ["report"] = "Le partenaire et le fils travaillent sous article 60.", ["proposal"] = "Grant" });
        await harness.CompleteAsync("council-decision", RequestScenario.Council("Granted", harness.Today), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();

        (await harness.InstanceAsync(instanceId)).DefinitionVersion.ShouldBe(3);
        // Three months on, past the integration en enquête (whose cohabitants took code 5 before the resources were known).
        var day = request.LatestDecision!.Terms!.From.AddMonths(3);
        CodesOn(harness, main, day).ShouldBe([CapacityCode.IntegrationIncome]);
        CodesOn(harness, partner, day).ShouldBe([CapacityCode.IntegrationIncome, CapacityCode.EmploymentMeasure], ignoreOrder: true);
        CodesOn(harness, son, day).ShouldBe([CapacityCode.EmploymentMeasure], "an employed adult son is no mere cohabitant (code 5)");
    }

    private static CapacityCode[] CodesOn(RequestHarness harness, Domain.People.Person person, DateOnly day) =>
        [.. harness.CaseFile.Register(RequestHarness.Tenant, person.Niss).Integrations
            .Where(i => !i.IsCancelled && i.Code != CapacityCode.UnderInvestigation && i.Start <= day && i.End >= day).Select(i => i.Code)];

    /// <summary>The integration extended a month before it ends, then the yearly review's task a year after the grant.</summary>
    private static async Task ToYearlyReviewAsync(RequestHarness harness)
    {
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 12, 5, 7, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();
        await harness.CompleteAsync("integration-expiring", new JsonObject { ["choice"] = "extend" });
        await harness.DeliverOutboxAsync();
        harness.Clock.SetUtcNow(new DateTimeOffset(2028, 1, 5, 7, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();
    }

    private static CalculationReferenceData ReferenceWith(string onSuspension) =>
        CalculationReferenceData.Load(Directory.GetFiles(Repository.PathTo("definitions", "reference"), "*.json").Order(StringComparer.Ordinal).Select(path =>
        {
            var text = File.ReadAllText(path);
            return new ReferenceDataSource(
                "definitions/reference/" + Path.GetFileName(path),
                Path.GetFileName(path) == "a036.json" ? text.Replace("\"onSuspension\": \"unchanged\"", $"\"onSuspension\": \"{onSuspension}\"", StringComparison.Ordinal) : text);
        }));

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

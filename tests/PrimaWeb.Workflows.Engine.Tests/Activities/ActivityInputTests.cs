using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Activities.BuiltIn;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tests.Support;
using static PrimaWeb.Workflows.Engine.Tests.Support.Definitions;

namespace PrimaWeb.Workflows.Engine.Tests.Activities;

/// <summary>An activity's inputs are one record: the descriptor, the import check and the run-time binding all come from it.</summary>
public sealed class ActivityInputTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public void Describe_InputRecord_DerivesNamesTypesRequiredDefaultsAndChoices()
    {
        var inputs = ActivityDescriptorFactory.Describe(typeof(PlanVisit)).Inputs.ToDictionary(i => i.Name);

        inputs.Keys.ShouldBe(["place", "visitors", "on", "budget", "urgent", "at", "within", "size", "topics", "host", "drink"]);
        inputs.Values.Select(i => i.Type).ShouldBe([
            ActivityInputType.Text, ActivityInputType.WholeNumber, ActivityInputType.Date, ActivityInputType.Number, ActivityInputType.Flag,
            ActivityInputType.Instant, ActivityInputType.Duration, ActivityInputType.Choice, ActivityInputType.List, ActivityInputType.Role,
            ActivityInputType.Choice]);
        inputs.Values.Where(i => i.Required).Select(i => i.Name).ShouldBe(["place", "visitors", "on"]);
        inputs["urgent"].DefaultValue!.GetValue<bool>().ShouldBeFalse();
        inputs["size"].DefaultValue!.GetValue<string>().ShouldBe("small");
        inputs["size"].Choices.ShouldBe(["small", "large"]);
        inputs["drink"].Choices.ShouldBe(["tea", "coffee"]);
        inputs["host"].Journaled.ShouldBeTrue();
        inputs["place"].Journaled.ShouldBeFalse();
        inputs["place"].HelpKey.ShouldBe("Activity.Test.PlanVisit.Input.place.Help");
    }

    [Fact]
    public void Describe_ActivityWithoutInputs_HasNone()
    {
        var descriptor = ActivityDescriptorFactory.Describe(typeof(Start));

        descriptor.Inputs.ShouldBeEmpty();
        descriptor.InputType.ShouldBe(typeof(NoInputs));
    }

    [Theory]
    [InlineData("\"visitors\": 1.5", "visitors")]
    [InlineData("\"visitors\": \"3\"", "visitors")]
    [InlineData("\"on\": \"2026-13-01\"", "on")]
    [InlineData("\"on\": \"01/03/2026\"", "on")]
    [InlineData("\"budget\": \"12\"", "budget")]
    [InlineData("\"urgent\": \"yes\"", "urgent")]
    [InlineData("\"at\": \"tomorrow\"", "at")]
    [InlineData("\"within\": \"thirty days\"", "within")]
    [InlineData("\"size\": \"huge\"", "size")]
    [InlineData("\"topics\": \"rent\"", "topics")]
    [InlineData("\"topics\": [\"rent\", 3]", "topics")]
    [InlineData("\"host\": 7", "host")]
    [InlineData("\"drink\": \"beer\"", "drink")]
    public void Validate_LiteralOfTheWrongType_FailsWithTheInputsPath(string input, string name)
    {
        var inputs = JsonNode.Parse("""{ "place": "Namur", "visitors": 2, "on": "2026-03-02" }""")!.AsObject();
        var (key, value) = JsonNode.Parse("{" + input + "}")!.AsObject().Single();
        inputs[key] = value!.DeepClone();

        var errors = Validate(inputs.ToJsonString());

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.IllTypedInput),
            e => e.Path.ShouldBe($"$.activities[1].inputs.{name}"));
    }

    [Fact]
    public void Validate_LiteralsOfTheRightType_Pass()
    {
        var errors = Validate("""
            { "place": "Namur", "visitors": 2, "on": "2026-03-02", "budget": 12.5, "urgent": true, "at": "2026-03-02T09:00:00+01:00",
              "within": "P1M", "size": "Large", "topics": ["rent", "energy"], "host": "Manager", "drink": "tea" }
            """);

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_MissingRequiredAndUnknownInputs_FailWithTheirPaths()
    {
        var errors = Validate("""{ "place": "Namur", "on": "2026-03-02", "colour": "red" }""");

        errors.Select(e => (e.Code, e.Path)).ShouldBe([
            (DefinitionErrorCode.UnknownInput, "$.activities[1].inputs.colour"),
            (DefinitionErrorCode.MissingRequiredInput, "$.activities[1].inputs.visitors")], ignoreOrder: true);
    }

    [Fact]
    public void Validate_ExpressionForATypedInput_IsOnlyParsed()
    {
        var errors = Validate("""{ "place": { "template": "Namur {{ x" }, "visitors": { "expression": "count | plus: 1" }, "on": { "expression": "day" } }""");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.InvalidExpression),
            e => e.Path.ShouldBe("$.activities[1].inputs.place"));
    }

    [Fact]
    public async Task StartAsync_ExpressionsOfTheRightType_AreBoundToTheRecord()
    {
        await using var engine = new EngineHarness(e => e.AddActivity<PlanVisit>());
        await engine.ImportAsync(Published("""{ "place": { "template": "{{ town }}" }, "visitors": { "expression": "count | plus: 1" }, "on": { "expression": "day" }, "size": "large" }"""));

        var result = await engine.StartAsync("t", new JsonObject { ["town"] = "Gent", ["count"] = 2, ["day"] = "2026-03-02" });

        result.Status.ShouldBe(WorkflowStatus.Completed);
        engine.Probe.Visits.ShouldBe(["Gent x3 on 2026-03-02 for Large"]);
    }

    [Fact]
    public async Task StartAsync_ExpressionThatDoesNotConvert_FaultsTheStepNamingTheInput()
    {
        await using var engine = new EngineHarness(e => e.AddActivity<PlanVisit>());
        await engine.ImportAsync(Published("""{ "place": "Namur", "visitors": 2, "on": { "expression": "day" } }"""));

        var result = await engine.StartAsync("t", new JsonObject { ["day"] = "next Monday" });

        result.Status.ShouldBe(WorkflowStatus.Faulted);
        var incident = (await engine.Incidents(s => s.ListOpenAsync(new(), None))).ShouldHaveSingleItem();
        incident.ActivityId.ShouldBe("plan");
        incident.Error.ShouldContain("Input 'on' of 'plan' must be a date written yyyy-MM-dd");
        engine.Probe.Visits.ShouldBeEmpty();
    }

    [Fact]
    public async Task StartAsync_RequiredInputWhoseExpressionGivesNothing_FaultsTheStepNamingTheInput()
    {
        await using var engine = new EngineHarness(e => e.AddActivity<PlanVisit>());
        await engine.ImportAsync(Published("""{ "place": "Namur", "visitors": { "expression": "missing" }, "on": "2026-03-02" }"""));

        var result = await engine.StartAsync("t");

        result.Status.ShouldBe(WorkflowStatus.Faulted);
        (await engine.Incidents(s => s.ListOpenAsync(new(), None))).ShouldHaveSingleItem().Error.ShouldContain("Input 'visitors' of 'plan' is required");
    }

    private static IReadOnlyList<DefinitionError> Validate(string inputs)
    {
        using var engine = new EngineHarness(e => e.AddActivity<PlanVisit>());
        return engine.Validate(Read(Published(inputs)));
    }

    private static string Published(string inputs) => $$"""
        { "definitionId": "t", "version": 1, "name": "t", "effectiveFrom": "2026-01-01", "status": "published",
          "variables": [ { "name": "town" }, { "name": "count" }, { "name": "day" }, { "name": "missing" } ],
          "activities": [ { "id": "start", "type": "Core.Start" }, { "id": "plan", "type": "Test.PlanVisit", "inputs": {{inputs}} } ],
          "connections": [ { "from": "start", "to": "plan" } ] }
        """;
}

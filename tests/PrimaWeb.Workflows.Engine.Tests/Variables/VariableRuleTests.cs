using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tests.Support;
using PrimaWeb.Workflows.Engine.Variables;
using static PrimaWeb.Workflows.Engine.Tests.Support.Definitions;

namespace PrimaWeb.Workflows.Engine.Tests.Variables;

/// <summary>A definition reads only what something writes, and every writer agrees on a variable's type.</summary>
public sealed class VariableRuleTests
{
    private const string Start = """{ "id": "start", "type": "Core.Start" }""";

    [Fact]
    public void Validate_LiquidReadsAVariableNothingWrites_FailsWithTheInputsPath()
    {
        var errors = Validate([], Start, """{ "id": "d", "type": "Core.Decision", "inputs": { "condition": "decisionOutcome == \"\"" } }""");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.UnknownVariable),
            e => e.Path.ShouldBe("$.activities[1].inputs.condition"),
            e => e.Message.ShouldStartWith("'decisionOutcome' is read here, but nothing writes it"));
    }

    [Theory]
    [InlineData("""{ "id": "v", "type": "Test.RecordVisit", "inputs": { "label": { "template": "{{ team }}" } } }""")]
    [InlineData("""{ "id": "v", "type": "Test.RecordVisit", "inputs": { "label": { "expression": "stampedOn" } } }""")]
    [InlineData("""{ "id": "v", "type": "Test.RecordVisit", "inputs": { "label": { "template": "{{ note.text }}" } } }""")]
    [InlineData("""{ "id": "v", "type": "Test.RecordVisit", "inputs": { "label": { "template": "{{ counted }} {{ declared }}" } } }""")]
    [InlineData("""{ "id": "v", "type": "Test.RecordVisit", "inputs": { "label": { "template": "{% assign x = 1 %}{% for i in (1..2) %}{{ i }}{% endfor %}{{ x }}" } } }""")]
    public void Validate_LiquidReadsWhatSomethingWrites_Passes(string reader)
    {
        var errors = Validate(
            [new JsonObject { ["name"] = "declared", ["type"] = "string" }],
            Start,
            """{ "id": "stamp", "type": "Test.StampVisit" }""",
            """{ "id": "count", "type": "Core.SetVariable", "inputs": { "variable": "counted", "value": 3 } }""",
            """{ "id": "ask", "type": "Core.HumanTask", "inputs": { "taskType": "t", "title": "T", "resultVariable": "note" } }""",
            reader);

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_DefinitionDeclaresAVariableWithAnotherType_FailsAtItsType()
    {
        var errors = Validate([new JsonObject { ["name"] = "stampedOn", ["type"] = "boolean" }], Start, """{ "id": "stamp", "type": "Test.StampVisit" }""");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.VariableTypeMismatch),
            e => e.Path.ShouldBe("$.variables[0].type"),
            e => e.Message.ShouldBe("The variable 'stampedOn' is declared a Date, but declared by the definition is a Flag."));
    }

    [Fact]
    public void Validate_DefinitionStatesABroaderType_Passes()
    {
        Validate([new JsonObject { ["name"] = "stampedOn", ["type"] = "string", ["default"] = null }], Start).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_SetVariableWritesAValueOfAnotherType_FailsAtTheValue()
    {
        var errors = Validate([], Start, """{ "id": "s", "type": "Core.SetVariable", "inputs": { "variable": "stampedOn", "value": "next week" } }""");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.VariableTypeMismatch),
            e => e.Path.ShouldBe("$.activities[1].inputs.value"));
    }

    [Fact]
    public void Validate_DefaultOfAnotherType_FailsAtTheDefault()
    {
        var errors = Validate([new JsonObject { ["name"] = "amount", ["type"] = "number", ["default"] = "a lot" }], Start);

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.VariableTypeMismatch),
            e => e.Path.ShouldBe("$.variables[0].default"));
    }

    [Fact]
    public void Validate_TaskResultIntoAVariableOfAnotherType_FailsAtTheResultVariable()
    {
        var errors = Validate([], Start, """{ "id": "ask", "type": "Core.HumanTask", "inputs": { "taskType": "t", "title": "T", "resultVariable": "team" } }""");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.VariableTypeMismatch),
            e => e.Path.ShouldBe("$.activities[1].inputs.resultVariable"));
    }

    [Fact]
    public void Validate_UnknownTypeName_FailsAtTheType()
    {
        var errors = Validate([new JsonObject { ["name"] = "amount", ["type"] = "money" }], Start);

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.InvalidField),
            e => e.Path.ShouldBe("$.variables[0].type"));
    }

    [Fact]
    public async Task StartAsync_ActivityWithDeclaredVariables_ReadsAndWritesThemTyped()
    {
        await using var engine = new EngineHarness(e => e.AddVariables(TestVariables.Family).AddActivity<StampVisit>());
        await engine.ImportAsync(Published(Start, """{ "id": "stamp", "type": "Test.StampVisit" }"""));

        var result = await engine.StartAsync("t", new JsonObject { ["team"] = "social" });

        engine.Probe.Visits.ShouldBe(["stamped for social"]);
        (await engine.InstanceAsync(result.InstanceId)).State.Variables["stampedOn"]!.GetValue<string>().ShouldBe("2026-01-31");
    }

    [Fact]
    public async Task StartAsync_ActivityWritesAVariableItDidNotDeclare_Faults()
    {
        await using var engine = new EngineHarness(e => e.AddVariables(TestVariables.Family).AddActivity<SneakyVisit>());
        await engine.ImportAsync(Published(Start, """{ "id": "sneak", "type": "Test.SneakyVisit" }"""));

        var result = await engine.StartAsync("t");

        result.Status.ShouldBe(WorkflowStatus.Faulted);
        (await engine.Incidents(s => s.ListOpenAsync(new(), CancellationToken.None))).ShouldHaveSingleItem()
            .Error.ShouldContain("Activity type Test.SneakyVisit writes the variable 'stampedOn' without declaring it");
    }

    [Fact]
    public void Catalog_OneNameDeclaredTwice_Throws()
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine()
            .AddVariables(TestVariables.Family)
            .AddVariables(new VariableFamily("Other", "", [new WorkflowVariable<int?>("stampedOn", "")]));
        using var provider = services.BuildServiceProvider();

        Should.Throw<InvalidOperationException>(() => provider.GetRequiredService<VariableCatalog>()).Message.ShouldContain("'stampedOn' is declared twice");
    }

    private static IReadOnlyList<DefinitionError> Validate(JsonObject[] variables, params string[] activities)
    {
        using var engine = new EngineHarness(e => e.AddVariables(TestVariables.Family).AddActivity<StampVisit>());
        var json = JsonNode.Parse(Published(activities))!.AsObject();
        json["variables"] = new JsonArray([.. variables]);
        return engine.Validate(Read(json.ToJsonString()));
    }

    // The activities one after the other, from the first.
    private static string Published(params string[] activities)
    {
        var ids = activities.Select(a => JsonNode.Parse(a)!["id"]!.GetValue<string>()).ToList();
        var connections = string.Join(", ", ids.Zip(ids.Skip(1)).Select(p => $$"""{ "from": "{{p.First}}", "to": "{{p.Second}}" }"""));
        return Document(string.Join(", ", activities), connections).Replace("\"status\": \"draft\"", "\"status\": \"published\"", StringComparison.Ordinal);
    }
}

using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Tests.Support;
using static PrimaWeb.Workflows.Engine.Tests.Support.Definitions;

namespace PrimaWeb.Workflows.Engine.Tests.Definitions;

public sealed class DefinitionValidatorTests
{
    private readonly DefinitionValidator _validator = Validator();

    [Theory]
    [InlineData("approval")]
    [InlineData("parallel")]
    [InlineData("timer")]
    [InlineData("signal")]
    [InlineData("faulty")]
    [InlineData("sequence")]
    public void Validate_TestWorkflows_HaveNoErrors(string name)
    {
        var definition = Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflows", name + ".json")));

        _validator.Validate(definition).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_UnknownActivityType_ReportsTheType()
    {
        var errors = Validate("""{ "id": "start", "type": "Core.Start" }, { "id": "x", "type": "Nope.Thing", "version": 2 }""", """{ "from": "start", "to": "x" }""");

        errors.ShouldHaveSingleItem().ShouldBe(new DefinitionError(DefinitionErrorCode.UnknownActivityType, "$.activities[1].type", "No activity type 'Nope.Thing' version 2 is registered."));
    }

    [Fact]
    public void Validate_MissingRequiredInput_ReportsTheInputPath()
    {
        var errors = Validate("""{ "id": "start", "type": "Core.Start" }, { "id": "d", "type": "Core.Decision" }""", """{ "from": "start", "to": "d" }""");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.MissingRequiredInput),
            e => e.Path.ShouldBe("$.activities[1].inputs.condition"));
    }

    [Theory]
    [InlineData("""{ "id": "t", "type": "Core.Timer", "inputs": { "duration": "thirty days" } }""", "$.activities[1].inputs.duration")]
    [InlineData("""{ "id": "t", "type": "Core.Timer", "inputs": { "until": 5 } }""", "$.activities[1].inputs.until")]
    [InlineData("""{ "id": "t", "type": "Core.HumanTask", "inputs": { "taskType": "a", "title": "b", "priority": 1.5 } }""", "$.activities[1].inputs.priority")]
    [InlineData("""{ "id": "t", "type": "Core.SetVariable", "inputs": { "variable": 3, "value": 1 } }""", "$.activities[1].inputs.variable")]
    public void Validate_IllTypedInput_ReportsTheInputPath(string activity, string path)
    {
        var errors = Validate("""{ "id": "start", "type": "Core.Start" }, """ + activity, """{ "from": "start", "to": "t" }""");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.IllTypedInput),
            e => e.Path.ShouldBe(path));
    }

    [Fact]
    public void Validate_UnknownInput_IsReported()
    {
        var errors = Validate("""{ "id": "start", "type": "Core.Start", "inputs": { "colour": "red" } }""", "");

        errors.ShouldHaveSingleItem().Code.ShouldBe(DefinitionErrorCode.UnknownInput);
    }

    [Fact]
    public void Validate_DuplicateActivityId_ReportsTheSecond()
    {
        var errors = Validate("""{ "id": "start", "type": "Core.Start" }, { "id": "start", "type": "Core.End" }""", "");

        errors.ShouldHaveSingleItem().ShouldBe(new DefinitionError(DefinitionErrorCode.DuplicateId, "$.activities[1].id", "Activity id 'start' is used twice."));
    }

    [Fact]
    public void Validate_DanglingConnection_ReportsBothEnds()
    {
        var errors = Validate("""{ "id": "start", "type": "Core.Start" }""", """{ "from": "start", "to": "ghost" }, { "from": "phantom", "to": "start" }""");

        errors.Select(e => (e.Code, e.Path)).ShouldBe([
            (DefinitionErrorCode.DanglingConnection, "$.connections[0].to"),
            (DefinitionErrorCode.DanglingConnection, "$.connections[1].from")]);
    }

    [Fact]
    public void Validate_TwoConnectionsFromOneOutcome_IsAmbiguousUnlessForking()
    {
        var errors = Validate(
            """{ "id": "start", "type": "Core.Start" }, { "id": "a", "type": "Core.End" }, { "id": "b", "type": "Core.End" }""",
            """{ "from": "start", "to": "a" }, { "from": "start", "to": "b" }""");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.AmbiguousConnection),
            e => e.Path.ShouldBe("$.connections[1]"));
    }

    [Fact]
    public void Validate_UnknownOutcome_IsReported()
    {
        var errors = Validate(
            """{ "id": "start", "type": "Core.Start" }, { "id": "d", "type": "Core.Decision", "inputs": { "condition": "true" } }, { "id": "e", "type": "Core.End" }""",
            """{ "from": "start", "to": "d" }, { "from": "d", "outcome": "Maybe", "to": "e" }""");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.UnknownOutcome),
            e => e.Path.ShouldBe("$.connections[1].outcome"));
    }

    [Fact]
    public void Validate_UnreachableActivity_ReportsIt()
    {
        var errors = Validate("""{ "id": "start", "type": "Core.Start" }, { "id": "island", "type": "Core.End" }""", "");

        errors.ShouldHaveSingleItem().ShouldBe(new DefinitionError(DefinitionErrorCode.UnreachableActivity, "$.activities[1]", "Activity 'island' cannot be reached from the start."));
    }

    [Fact]
    public void Validate_LoopWithoutBlockingActivity_IsReported()
    {
        var errors = Validate(
            """{ "id": "start", "type": "Core.Start" }, { "id": "a", "type": "Core.SetVariable", "inputs": { "variable": "n", "value": 1 } }, { "id": "d", "type": "Core.Decision", "inputs": { "condition": "n < 3" } }, { "id": "e", "type": "Core.End" }""",
            """{ "from": "start", "to": "a" }, { "from": "a", "to": "d" }, { "from": "d", "outcome": "True", "to": "a" }, { "from": "d", "outcome": "False", "to": "e" }""");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.LoopWithoutBlockingActivity),
            e => e.Path.ShouldBe("$.activities[1]"));
    }

    [Fact]
    public void Validate_LoopThroughATask_IsAllowed()
    {
        var errors = Validate(
            """{ "id": "start", "type": "Core.Start" }, { "id": "t", "type": "Core.HumanTask", "inputs": { "taskType": "a", "title": "b", "resultVariable": "done" } }, { "id": "d", "type": "Core.Decision", "inputs": { "condition": "done" } }, { "id": "e", "type": "Core.End" }""",
            """{ "from": "start", "to": "t" }, { "from": "t", "to": "d" }, { "from": "d", "outcome": "False", "to": "t" }, { "from": "d", "outcome": "True", "to": "e" }""");

        errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{ "condition": "amount >" }""")]
    [InlineData("""{ "condition": { "expression": "a == == b" } }""")]
    public void Validate_ExpressionThatDoesNotParse_IsReported(string inputs)
    {
        var errors = Validate("""{ "id": "start", "type": "Core.Start" }, { "id": "d", "type": "Core.Decision", "inputs": """ + inputs + " }", """{ "from": "start", "to": "d" }""");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.InvalidExpression),
            e => e.Path.ShouldBe("$.activities[1].inputs.condition"));
    }

    [Fact]
    public void Validate_TemplateThatDoesNotParse_IsReported()
    {
        var errors = Validate("""{ "id": "start", "type": "Core.Start" }, { "id": "v", "type": "Test.RecordVisit", "inputs": { "label": { "template": "{% if x %}" } } }""", """{ "from": "start", "to": "v" }""");

        errors.ShouldHaveSingleItem().Code.ShouldBe(DefinitionErrorCode.InvalidExpression);
    }

    [Fact]
    public void Validate_NoStartOrTwoStarts_IsReported()
    {
        Validate("""{ "id": "e", "type": "Core.End" }""", "").ShouldContain(e => e.Code == DefinitionErrorCode.MissingStart);
        Validate("""{ "id": "s1", "type": "Core.Start" }, { "id": "s2", "type": "Core.Start" }""", "")
            .ShouldContain(e => e.Code == DefinitionErrorCode.MultipleStarts && e.Path == "$.activities[1]");
    }

    [Fact]
    public void Validate_SeveralProblems_ReturnsEveryOne()
    {
        var errors = Validate(
            """{ "id": "start", "type": "Core.Start" }, { "id": "d", "type": "Core.Decision" }, { "id": "d", "type": "Core.End" }, { "id": "x", "type": "Nope" }""",
            """{ "from": "start", "to": "d" }, { "from": "start", "to": "y" }""");

        errors.Select(e => e.Code).ShouldBe([
            DefinitionErrorCode.MissingRequiredInput, DefinitionErrorCode.DuplicateId, DefinitionErrorCode.UnknownActivityType,
            DefinitionErrorCode.DanglingConnection, DefinitionErrorCode.AmbiguousConnection], ignoreOrder: true);
    }

    [Fact]
    public void Validate_ApplicationRule_ItsErrorsFollowTheEnginesWithTheirPaths()
    {
        var definition = Read(Document(
            """{ "id": "start", "type": "Core.Start" }, { "id": "ask", "type": "Core.HumanTask", "inputs": { "taskType": "t", "title": "T", "candidateRole": "clerk" } }, { "id": "x", "type": "Nope.Thing" }""",
            """{ "from": "start", "to": "ask" }, { "from": "ask", "to": "x" }"""));

        var errors = Validator(new NoClerkRule()).Validate(definition);

        errors.Select(e => e.Code).ShouldBe([DefinitionErrorCode.UnknownActivityType, DefinitionErrorCode.RejectedValue]);
        errors[1].ShouldBe(new DefinitionError(DefinitionErrorCode.RejectedValue, "$.activities[1].inputs.candidateRole", "No clerks here."));
    }

    // The engine's rules as AddWorkflowEngine registers them, then the given application rules.
    private static DefinitionValidator Validator(params IDefinitionRule[] rules)
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine().AddActivity<RecordVisit>().AddActivity<FailWhenAsked>().AddActivity<SendMessage>();
        foreach (var rule in rules)
        {
            services.AddSingleton<IDefinitionRule>(rule);
        }

        var provider = services.BuildServiceProvider();
        return new DefinitionValidator(provider.GetRequiredService<IActivityRegistry>(), provider.GetServices<IDefinitionRule>());
    }

    private IReadOnlyList<DefinitionError> Validate(string activities, string connections) =>
        _validator.Validate(Read(Document(activities, connections)));

    private sealed class NoClerkRule : IDefinitionRule
    {
        public IEnumerable<DefinitionError> Check(DefinitionCheck check) => check.Definition.Activities
            .Select((node, i) => (node, i))
            .Where(x => x.node.Inputs.TryGetValue("candidateRole", out var role) && role?.GetValue<string>() == "clerk")
            .Select(x => new DefinitionError(DefinitionErrorCode.RejectedValue, $"$.activities[{x.i}].inputs.candidateRole", "No clerks here."));
    }
}

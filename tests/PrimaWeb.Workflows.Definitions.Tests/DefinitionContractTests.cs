using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Definitions.Tests;

/// <summary>
/// The stricter import check on the real DIS definition: one wrong word in a copy of it (an input, a type, a variable)
/// fails the import with that word's JSON path.
/// </summary>
public sealed class DefinitionContractTests : IDisposable
{
    private readonly ServiceProvider _services;

    public DefinitionContractTests()
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine().AddPrimaWebActivities(DefinitionFiles.Folder);
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public void Validate_UnknownInputOfADomainStep_FailsAtTheInput()
    {
        var errors = ValidateDis(dis => Activity(dis, "integrateInquiry")["inputs"]!["monthz"] = 2);

        errors.ShouldHaveSingleItem().ShouldBe(new DefinitionError(
            DefinitionErrorCode.UnknownInput, $"$.activities[{Index("integrateInquiry")}].inputs.monthz", "'Bcss.IntegratePersons' has no input 'monthz'."));
    }

    [Theory]
    [InlineData("integrateInquiry", "members", "everybody")]
    [InlineData("integrateInquiry", "code", "one")]
    [InlineData("awaitAnswer", "timeout", "ten days")]
    [InlineData("consultRegister", "service", "OCMWCPASTelepathy")]
    [InlineData("reviewTimer", "duration", 365)]
    public void Validate_LiteralOfTheWrongTypeInADomainStep_FailsAtTheInput(string activity, string input, object value)
    {
        var errors = ValidateDis(dis => Activity(dis, activity)["inputs"]![input] = JsonValue.Create(value));

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.IllTypedInput),
            e => e.Path.ShouldBe($"$.activities[{Index(activity)}].inputs.{input}"));
    }

    [Fact]
    public void Validate_ConditionReadingAMisspeltVariable_FailsAtTheCondition()
    {
        var errors = ValidateDis(dis => Activity(dis, "grantedCheck")["inputs"]!["condition"] = "decisionOutcom != \"Refused\"");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.UnknownVariable),
            e => e.Path.ShouldBe($"$.activities[{Index("grantedCheck")}].inputs.condition"));
    }

    [Fact]
    public void Validate_VariableDeclaredWithAnotherTypeThanItsActivitiesWrite_FailsAtTheType()
    {
        var errors = ValidateDis(dis => Variable(dis, "formsSent")["type"] = "number");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.VariableTypeMismatch),
            e => e.Path.ShouldBe($"$.variables[{VariableIndex("formsSent")}].type"),
            e => e.Message.ShouldBe("The variable 'formsSent' is declared a Flag, but declared by the definition is a Number."));
    }

    [Fact]
    public void Validate_SetVariableWritingAnotherType_FailsAtTheValue()
    {
        var errors = ValidateDis(dis => Activity(dis, "flagOverdue")["inputs"]!["value"] = "yes");

        errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(DefinitionErrorCode.VariableTypeMismatch),
            e => e.Path.ShouldBe($"$.activities[{Index("flagOverdue")}].inputs.value"));
    }

    public void Dispose() => _services.Dispose();

    private static JsonObject Dis() => JsonNode.Parse(File.ReadAllText(Path.Combine(DefinitionFiles.Folder, "dis", "v1.json")))!.AsObject();

    private static JsonObject Activity(JsonObject definition, string id) =>
        definition["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == id)!.AsObject();

    private static JsonObject Variable(JsonObject definition, string name) =>
        definition["variables"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == name)!.AsObject();

    private static int Index(string id) => Dis()["activities"]!.AsArray().Select((a, i) => (a, i)).Single(x => x.a!["id"]!.GetValue<string>() == id).i;

    private static int VariableIndex(string name) => Dis()["variables"]!.AsArray().Select((v, i) => (v, i)).Single(x => x.v!["name"]!.GetValue<string>() == name).i;

    private IReadOnlyList<DefinitionError> ValidateDis(Action<JsonObject> change)
    {
        var dis = Dis();
        change(dis);
        using var scope = _services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DefinitionValidator>().Validate(DefinitionReader.ReadOrThrow(dis.ToJsonString()));
    }
}

using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Engine.Tests.Variables;

/// <summary>A variable's JSON form is persisted data: the form written here must be read back by every later version.</summary>
public sealed class WorkflowVariableTests
{
    private enum Outcome
    {
        Granted = 0,
        Refused = 1,
    }

    [Fact]
    public void ToJson_EachType_WritesItsFixedForm()
    {
        new WorkflowVariable<DateOnly?>("d", "").ToJson(new DateOnly(2026, 3, 2))!.ToJsonString().ShouldBe("\"2026-03-02\"");
        new WorkflowVariable<DateTimeOffset?>("i", "").ToJson(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero))!.GetValue<string>().ShouldBe("2026-03-02T08:00:00+00:00");
        new WorkflowVariable<Guid?>("g", "").ToJson(Guid.Parse("0b4f6c1e-0000-4000-8000-000000000001"))!.ToJsonString().ShouldBe("\"0b4f6c1e-0000-4000-8000-000000000001\"");
        new WorkflowVariable<Outcome?>("o", "").ToJson(Outcome.Refused)!.ToJsonString().ShouldBe("\"Refused\"");
        new WorkflowVariable<decimal?>("n", "").ToJson(1250.5m)!.ToJsonString().ShouldBe("1250.5");
        new WorkflowVariable<bool>("f", "").ToJson(true)!.ToJsonString().ShouldBe("true");
        new WorkflowVariable<string?>("t", "").ToJson(null).ShouldBeNull();
    }

    [Fact]
    public void FromJson_StoredForms_ReadBack()
    {
        new WorkflowVariable<DateOnly?>("d", "").FromJson(JsonValue.Create("2026-03-02")).ShouldBe(new DateOnly(2026, 3, 2));
        new WorkflowVariable<Outcome?>("o", "").FromJson(JsonValue.Create("granted")).ShouldBe(Outcome.Granted);
        new WorkflowVariable<int?>("w", "").FromJson(JsonNode.Parse("2")).ShouldBe(2);
        new WorkflowVariable<decimal?>("n", "").FromJson(JsonValue.Create(12)).ShouldBe(12m);
        new WorkflowVariable<bool>("f", "").FromJson(null).ShouldBeFalse();
        new WorkflowVariable<JsonObject?>("r", "").FromJson(JsonNode.Parse("""{"outcome":"revise"}"""))!["outcome"]!.GetValue<string>().ShouldBe("revise");
    }

    [Fact]
    public void FromJson_ValueOfAnotherType_ThrowsNamingTheVariable()
    {
        var error = Should.Throw<InvalidOperationException>(() => new WorkflowVariable<DateOnly?>("grantedFrom", "").FromJson(JsonValue.Create("soon")));

        error.Message.ShouldBe("The workflow variable 'grantedFrom' holds \"soon\", not a Date.");
    }

    [Fact]
    public void Declaration_ClrType_GivesTheVariableType()
    {
        new WorkflowVariable<Guid?>("g", "").Type.ShouldBe(VariableType.Id);
        new WorkflowVariable<Outcome?>("o", "").ShouldSatisfyAllConditions(
            v => v.Type.ShouldBe(VariableType.Choice),
            v => v.Choices.ShouldBe(["Granted", "Refused"]));
        new WorkflowVariable<JsonObject?>("r", "").Type.ShouldBe(VariableType.Record);
    }
}

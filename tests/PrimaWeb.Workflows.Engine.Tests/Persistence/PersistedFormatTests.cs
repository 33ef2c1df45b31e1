using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Tests.Persistence;

/// <summary>Instance state is persisted data: a state written by this version must load in every later one.</summary>
public sealed class PersistedFormatTests
{
    private const string GoldenStateV1 = """
        {"variables":{"amount":1250.5,"review":{"decision":"approve"}},
         "pending":[{"activityId":"call","arrivedFrom":"send:Done"}],
         "joinArrivals":{"join":["housing:Done"]},
         "skipOnce":{"call":"Alternative"}}
        """;

    [Fact]
    public void State_GoldenV1Json_Loads()
    {
        var instance = new WorkflowInstance { StateJson = GoldenStateV1 };

        var state = instance.State;

        state.Variables["amount"]!.GetValue<decimal>().ShouldBe(1250.5m);
        state.Variables["review"]!["decision"]!.GetValue<string>().ShouldBe("approve");
        state.Pending.ShouldBe([new PendingToken("call", "send:Done")]);
        state.JoinArrivals["join"].ShouldBe(["housing:Done"]);
        state.SkipOnce["call"].ShouldBe("Alternative");
    }

    [Fact]
    public void FlushState_RoundTrip_KeepsTheFieldNames()
    {
        var instance = new WorkflowInstance { StateJson = GoldenStateV1 };
        _ = instance.State;

        instance.FlushState();

        instance.StateJson.ShouldBe("""{"variables":{"amount":1250.5,"review":{"decision":"approve"}},"pending":[{"activityId":"call","arrivedFrom":"send:Done"}],"joinArrivals":{"join":["housing:Done"]},"skipOnce":{"call":"Alternative"}}""");
    }
}

using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>The variables of the test activities: one set at start, one an activity writes.</summary>
public static class TestVariables
{
    public static readonly WorkflowVariable<string?> Team = new("team", "The team, set at start.") { SetAtStart = true };

    public static readonly WorkflowVariable<DateOnly?> StampedOn = new("stampedOn", "The day the visit was stamped.");

    public static VariableFamily Family { get; } = new("Test", "Variables of the engine's tests.", [Team, StampedOn]);
}

/// <summary>Stamps the visit with today's date in <see cref="TestVariables.StampedOn"/>, after reading the team.</summary>
[Activity("Test.StampVisit", 1, Category = "Test")]
public sealed class StampVisit(TestProbe probe) : IActivity<NoInputs>
{
    public static VariableAccess Variables { get; } = VariableAccess.Reading(TestVariables.Team).AndWriting(TestVariables.StampedOn);

    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        probe.Visits.Enqueue($"stamped for {context.Get(TestVariables.Team)}");
        context.Set(TestVariables.StampedOn, DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime));
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}

/// <summary>Writes a variable it did not declare: a programming error the engine refuses.</summary>
[Activity("Test.SneakyVisit", 1, Category = "Test")]
public sealed class SneakyVisit : IActivity<NoInputs>
{
    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        context.Set(TestVariables.StampedOn, new DateOnly(2026, 1, 1));
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}

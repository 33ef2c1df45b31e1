using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>An activity with one input of every kind, recording what it was given.</summary>
[Activity("Test.PlanVisit", 1, Category = "Test")]
public sealed class PlanVisit(TestProbe probe) : IActivity<PlanVisit.Input>
{
    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        probe.Visits.Enqueue($"{input.Place} x{input.Visitors} on {input.On:yyyy-MM-dd} for {input.Size}");
        return ValueTask.FromResult(ActivityResult.Complete());
    }

    public enum RoomSize
    {
        Small = 0,
        Large = 1,
    }

    public sealed record Input(
        string Place,
        int Visitors,
        DateOnly On,
        decimal? Budget = null,
        bool Urgent = false,
        DateTimeOffset? At = null,
        IsoDuration? Within = null,
        RoomSize Size = RoomSize.Small,
        IReadOnlyList<string>? Topics = null,
        [ActivityInput(ActivityInputType.Role, Journaled = true)] string? Host = null,
        [ActivityInput(Choices = ["tea", "coffee"])] string? Drink = null);
}

using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>Consumes a task's answer as a domain step would: an amount above its ceiling is refused, naming the field.</summary>
[Activity("Test.CheckAmount", 1, Category = "Test")]
public sealed class CheckAmount(TestProbe probe) : IActivity<CheckAmount.Input>
{
    public const decimal Ceiling = 1000m;

    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        if (input.Amount > Ceiling)
        {
            throw new ActivityRefusalException("amount", "AboveCeiling", $"The amount {input.Amount} is above {Ceiling}.", input.Amount, Ceiling);
        }

        probe.Visits.Enqueue("checked");
        return ValueTask.FromResult(ActivityResult.Complete());
    }

    public sealed record Input(decimal Amount);
}

using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>Consumes a task's answer as a domain step would: an amount above its ceiling is refused, naming the field.</summary>
[Activity("Test.CheckAmount", 1, Category = "Test")]
[ActivityInput("amount", ActivityInputType.Number, Required = true)]
public sealed class CheckAmount(TestProbe probe) : IActivity
{
    public const decimal Ceiling = 1000m;

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var amount = context.GetInput<decimal>("amount");
        if (amount > Ceiling)
        {
            throw new ActivityRefusalException("amount", "AboveCeiling", $"The amount {amount} is above {Ceiling}.", amount, Ceiling);
        }

        probe.Visits.Enqueue("checked");
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}

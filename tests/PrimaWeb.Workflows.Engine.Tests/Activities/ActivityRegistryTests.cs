using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Activities.BuiltIn;
using PrimaWeb.Workflows.Engine.Tests.Support;

namespace PrimaWeb.Workflows.Engine.Tests.Activities;

public sealed class ActivityRegistryTests
{
    [Fact]
    public async Task List_AfterAddWorkflowEngine_HoldsEveryBuiltInControlActivity()
    {
        await using var engine = new EngineHarness();

        var types = engine.Services.GetRequiredService<IActivityRegistry>().List().Select(d => d.Type).ToList();

        types.ShouldBe([
            "Core.Decision", "Core.End", "Core.Fork", "Core.Join", "Core.SetVariable", "Core.Start", "Core.Timer", "Core.WaitForSignal",
            "Core.HumanTask", "Test.FailWhenAsked", "Test.RecordVisit", "Test.SendMessage"]);
    }

    [Fact]
    public void Describe_Decision_CarriesInputsOutcomesAndTheKeysOfItsTexts()
    {
        var descriptor = ActivityDescriptorFactory.Describe(typeof(Decision));

        descriptor.Type.ShouldBe("Core.Decision");
        descriptor.Version.ShouldBe(1);
        descriptor.Category.ShouldBe("Control");
        descriptor.Outcomes.ShouldBe(["True", "False"]);
        descriptor.Blocking.ShouldBeFalse();
        descriptor.DescriptionKey.ShouldBe("Activity.Core.Decision.Description");
        descriptor.OutcomeKeys("True").ShouldBe(["Activity.Core.Decision.Outcome.True", "Outcome.True"]);
        var condition = descriptor.Inputs.ShouldHaveSingleItem();
        condition.Name.ShouldBe("condition");
        condition.Type.ShouldBe(ActivityInputType.Condition);
        condition.Required.ShouldBeTrue();
        condition.HelpKey.ShouldBe("Activity.Core.Decision.Input.condition.Help");
    }

    [Fact]
    public void Describe_HumanTask_IsBlockingWithADefaultPriority()
    {
        var descriptor = ActivityDescriptorFactory.Describe(typeof(HumanTaskActivity));

        descriptor.Blocking.ShouldBeTrue();
        descriptor.FindInput("priority")!.DefaultValue!.GetValue<int>().ShouldBe(0);
        descriptor.Outcomes.ShouldBe(["Done"]);
    }

    [Fact]
    public void Describe_RetryAttribute_BecomesThePolicy()
    {
        var descriptor = ActivityDescriptorFactory.Describe(typeof(FailWhenAsked));

        descriptor.Retry.ShouldBe(new RetryPolicy(3, TimeSpan.FromSeconds(60)));
        descriptor.Retry.DelayAfter(1).ShouldBe(TimeSpan.FromSeconds(60));
        descriptor.Retry.DelayAfter(2).ShouldBe(TimeSpan.FromSeconds(120));
        descriptor.Retry.DelayAfter(3).ShouldBeNull();
    }

    [Fact]
    public void Describe_ClassWithoutAttribute_Throws()
    {
        Should.Throw<ArgumentException>(() => ActivityDescriptorFactory.Describe(typeof(NotDescribed)));
    }

    [Fact]
    public void Constructor_TwoClassesForOneTypeAndVersion_Throws()
    {
        var registrations = new[]
        {
            new ActivityRegistration(ActivityDescriptorFactory.Describe(typeof(Start))),
            new ActivityRegistration(ActivityDescriptorFactory.Describe(typeof(Start)) with { ClrType = typeof(End) }),
        };

        Should.Throw<InvalidOperationException>(() => new ActivityRegistry(registrations));
    }

    private sealed class NotDescribed : IActivity<NoInputs>
    {
        public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, PrimaWeb.Workflows.Engine.Execution.ActivityContext context) => ValueTask.FromResult(ActivityResult.Complete());
    }
}

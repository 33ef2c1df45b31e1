using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Engine.Tests.Definitions;

/// <summary>The engine's checks and the application's are added and run the same way: as rules, in order.</summary>
public sealed class DefinitionRuleTests
{
    [Fact]
    public void AddWorkflowEngine_EnginesChecks_AreRulesThatRunBeforeTheApplications()
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine().AddDefinitionRule<NothingRule>();
        using var provider = services.BuildServiceProvider();

        var rules = provider.GetServices<IDefinitionRule>().Select(r => r.GetType().Name).ToList();

        rules.ShouldBe(["UniqueVariablesRule", "ActivityNodesRule", "SingleStartRule", "ConnectionsRule", "ReachabilityRule", "LoopRule", "VariableRule", nameof(NothingRule)]);
    }

    [Fact]
    public void AddDefinitionRule_SameRuleTwice_RunsItOnce()
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine().AddDefinitionRule<NothingRule>().AddDefinitionRule<NothingRule>();
        using var provider = services.BuildServiceProvider();

        provider.GetServices<IDefinitionRule>().OfType<NothingRule>().ShouldHaveSingleItem();
    }

    private sealed class NothingRule : IDefinitionRule
    {
        public IEnumerable<DefinitionError> Check(DefinitionCheck check) => [];
    }
}

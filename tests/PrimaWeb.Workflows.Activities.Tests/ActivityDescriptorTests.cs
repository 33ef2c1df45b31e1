using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Activities.Tests;

/// <summary>What an analyst sees in the designer: every PrimaWeb activity is registered (their texts in three languages: the Web's resx test).</summary>
public sealed class ActivityDescriptorTests
{
    private static IReadOnlyList<ActivityDescriptor> Domain()
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine().AddPrimaWebActivities(Repository.PathTo("definitions"));
        using var provider = services.BuildServiceProvider();
        return [.. provider.GetRequiredService<IActivityRegistry>().List().Where(d => !d.Type.StartsWith("Core.", StringComparison.Ordinal))];
    }

    [Fact]
    public void Every_activity_the_definitions_use_is_registered()
    {
        // Bcss.IntegratePersons three times: version 1 (v1 definitions), version 2 with the codes by role (v2) and version 3
        // with code 6 for an art. 60 §7 job (v3); Cases.RecordResources twice: version 1 and version 2, typed lines with
        // the exemptions (v3); SppIs.SendA036 twice: version 1 after a grant, version 2 after every change (v3; issue 14).
        Domain().Select(d => d.Type).ShouldBe(
        [
            "Bcss.ConsultFlow", "Bcss.Disintegrate", "Bcss.IntegratePersons", "Bcss.IntegratePersons", "Bcss.IntegratePersons", "Bcss.WatchIntegration", "Cases.RecordResources", "Cases.RecordResources",
            "Cases.ReportAndPropose", "Council.RecordDecision", "Council.RecordMutation", "Letters.Notify", "Request.Close", "Request.ComputeDeadlines",
            "Request.StartInvestigation", "Ris.Calculate", "SppIs.AwaitAnswer", "SppIs.SendA036", "SppIs.SendA036", "SppIs.SendForm",
            "Heating.RecordDelivery", "Heating.RefuseDelivery", "Heating.ConsultFund", "Heating.RecordSituation", "Heating.ComputeAtFund",
            "Heating.RecordDecision", "Heating.SaveAllocation",
            "Aid.RecordOtherAid", "Aid.CheckInstallationPremium", "Cases.ReportAndProposeAid", "Council.RecordAidDecision", "SppIs.SendAidA036", "SppIs.SendOrganicLaw",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Steps_that_wait_for_a_person_the_BCSS_or_the_SPP_IS_are_blocking()
    {
        var blocking = Domain().Where(d => d.Blocking).Select(d => d.Type).ToList();
        blocking.ShouldBe(
        [
            "Bcss.ConsultFlow", "Bcss.Disintegrate", "Bcss.IntegratePersons", "Bcss.IntegratePersons", "Bcss.IntegratePersons", "Bcss.WatchIntegration", "Cases.RecordResources", "Cases.RecordResources",
            "Cases.ReportAndPropose", "Council.RecordDecision", "Council.RecordMutation", "SppIs.AwaitAnswer",
            "Heating.RecordDelivery", "Heating.ConsultFund", "Heating.RecordSituation", "Heating.ComputeAtFund", "Heating.RecordDecision", "Heating.SaveAllocation",
            "Aid.RecordOtherAid", "Aid.CheckInstallationPremium", "Cases.ReportAndProposeAid", "Council.RecordAidDecision",
        ], ignoreOrder: true);
    }
}

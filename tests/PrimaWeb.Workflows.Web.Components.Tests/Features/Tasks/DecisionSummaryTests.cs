using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Tasks;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Tasks;

/// <summary>
/// The demo's requests as the Council and the social worker find them: Thomas Martin's DIS waits for Namur's Council,
/// Lotte De Smet's for Gent's social report. The page shows what the decision rests on and starts the forms from it.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed class DecisionSummaryTests(DemoHost host) : ComponentTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task CouncilDecision_DemoDis_ShowsTheReportTheProposalTheCalculationAndStartsFromTheProposal()
    {
        UseLanguage(UiCultures.French);
        SignInAs(Roles.Manager);
        Services.AddSingleton(host.ScopesFor("namur-manager", "cpas-namur", Roles.Manager));
        var task = await OpenTaskAsync("cpas-namur", TaskDefaults.DecisionTask);

        var page = Render<TaskPage>(parameters => parameters.Add(p => p.TaskId, task.Id));

        var summary = page.WaitForElement("[data-testid=decision-summary]", Wait);
        summary.QuerySelector("[data-testid=summary-report]")!.TextContent.ShouldContain("Monsieur Martin vit avec son fils Lucas");
        summary.QuerySelector("[data-testid=summary-proposal]")!.TextContent.ShouldStartWith("octroi");
        var calculation = summary.QuerySelector("[data-testid=summary-calculation]")!;
        calculation.QuerySelectorAll("[data-testid=legal-reference]").ShouldNotBeEmpty();
        calculation.TextContent.ShouldNotContain("{");
        summary.QuerySelector("[data-testid=summary-decisions]")!.TextContent.ShouldBe("Aucune décision antérieure.");
        var amount = page.Find("[data-testid=field-monthlyAmount] input").GetAttribute("value");
        amount.ShouldNotBeNullOrWhiteSpace();
        page.Find("[data-testid=field-from] input").GetAttribute("value").ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task SocialReport_DemoDis_StartsTheProposalFromTheCalculationInDutch()
    {
        UseLanguage(UiCultures.Dutch);
        SignInAs(Roles.SocialWorker, "ocmw-gent");
        Services.AddSingleton(host.ScopesFor("gent-social-worker", "ocmw-gent", Roles.SocialWorker));
        var task = await OpenTaskAsync("ocmw-gent", TaskDefaults.ProposalTask);

        var page = Render<TaskPage>(parameters => parameters.Add(p => p.TaskId, task.Id));

        var summary = page.WaitForElement("[data-testid=decision-summary]", Wait);
        summary.QuerySelector("[data-testid=summary-proposal]")!.TextContent.ShouldBe("Nog geen voorstel.");
        summary.QuerySelector("[data-testid=summary-calculation] [data-testid=legal-reference]").ShouldNotBeNull();
        page.Find("[data-testid=task-title]").TextContent.ShouldBe("Sociaal verslag en voorstel");
        page.Find("input[data-testid=choice-category-Isolated]").HasAttribute("checked").ShouldBeTrue();
        page.Find("input[data-testid=choice-category-Cohabitant]").HasAttribute("checked").ShouldBeFalse();
        page.Find("[data-testid=field-monthlyAmount] input").GetAttribute("value").ShouldNotBeNullOrWhiteSpace();
    }

    private async Task<HumanTask> OpenTaskAsync(string tenant, string taskType)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>().Set<HumanTask>().AsNoTracking()
            .Where(t => t.TenantId == tenant && t.TaskType == taskType && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed))
            .OrderBy(t => t.CreatedAt)
            .FirstAsync();
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.Web.Tests.Features.Cases;

namespace PrimaWeb.Workflows.Web.Tests.Features.Demo;

/// <summary>The demo is one world: its persons are the registers' persons, and each demo request runs its workflow.</summary>
public sealed class DemoWorldTests : IDisposable
{
    private readonly PrimaWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Start_DemoRequests_EachWaitsAtItsStepOfARunningWorkflow()
    {
        _app.CreateClient().Dispose();

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
        var requests = await db.Requests.IgnoreQueryFilters()
            .Join(db.Cases.IgnoreQueryFilters(), r => r.CaseId, c => c.Id, (r, c) => new { r.Id, r.WorkflowInstanceId, c.Reference })
            .ToListAsync();
        var steps = new Dictionary<string, string>();
        foreach (var request in requests)
        {
            var instance = await store.FindInstanceAsync(request.WorkflowInstanceId.ShouldNotBeNull(), CancellationToken.None);
            // Waiting for a person (suspended on its task's bookmark), not ended nor faulted.
            instance.ShouldNotBeNull().Status.ShouldBeOneOf([WorkflowStatus.Running, WorkflowStatus.Suspended], request.Reference);
            var id = request.Id.ToString();
            steps[request.Reference] = string.Join(",", await db.Set<HumanTask>().AsNoTracking()
                .Where(t => t.RequestId == id && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed))
                .Select(t => t.TaskType).ToListAsync());
        }

        steps.ShouldBe(new Dictionary<string, string>
        {
            ["NA-2026-0001"] = "council-decision",
            ["GE-2026-0001"] = "record-resources",
            ["GE-2026-0002"] = "social-report",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task Start_DemoPersons_AreTheRegistersPersonsWithTheirHouseholds()
    {
        _app.CreateClient().Dispose();

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var identification = scope.ServiceProvider.GetRequiredService<IIdentificationClient>();
        var persons = await db.Persons.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        persons.Count.ShouldBeGreaterThan(5);
        foreach (var person in persons)
        {
            var context = new FederalCallContext(person.TenantId, "demo-test", null, null, LegalContext.SocialInquiry);
            var found = await identification.IdentifyBySsinAsync(context, person.Niss, CancellationToken.None);
            var registered = found.Persons.ShouldHaveSingleItem(person.Niss.Formatted);
            registered.Name.LastName.ShouldBe(person.LastName, person.Niss.Formatted);
            registered.Name.FirstName.ShouldBe(person.FirstName, person.Niss.Formatted);
        }

        // Thomas Martin keeps his student son: both the register and the case's official household say so.
        var martin = await db.Cases.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Reference == "NA-2026-0001");
        var register = await scope.ServiceProvider.GetRequiredService<IInvestigationClient>().PerformInvestigationAsync(
            new FederalCallContext("cpas-namur", "demo-test", martin.Id.ToString(), null, LegalContext.SocialInquiry),
            new PerformInvestigationRequest(persons.Single(p => p.Id == martin.MainPersonId).Niss),
            CancellationToken.None);
        var inRegister = register.Household.Select(m => m.SSIN.ToString()).Order(StringComparer.Ordinal).ToList();
        var inCase = martin.OfficialHousehold.Members.Select(m => persons.Single(p => p.Id == m.PersonId).Niss.ToString()).Order(StringComparer.Ordinal).ToList();
        inCase.ShouldBe(inRegister);
        inCase.Count.ShouldBe(2);
        martin.OfficialHousehold.Members.Select(m => m.Relation).ShouldContain(HouseholdRelation.Child);
    }

    // Moved from RequestAndTaskEndpointsTests (whose test definitions do not integrate): the demo's integrations now come from its DIS's workflow.
    [Fact]
    public async Task CaseFile_SeededCase_ListsTheHouseholdsIntegrations()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker", null);
        var caseId = await CaseEndpointsTests.CaseIdAsync(namur, "NA-2026-0001");

        var (status, file) = await namur.GetAsync($"/api/cases/{caseId}/file");

        status.ShouldBe(HttpStatusCode.OK);
        var integrations = file.GetProperty("integrations").EnumerateArray().ToList();
        integrations.Select(i => i.GetProperty("code").GetInt32()).Order().ShouldBe([1, 5]);
        integrations.ShouldAllBe(i => i.GetProperty("status").GetString() == "Active");
        file.GetProperty("letters").GetArrayLength().ShouldBe(0);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Requests;
using PrimaWeb.Workflows.Web.Features.Tasks;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Tasks;

/// <summary>
/// The task the BCSS's refusal of an integration raises, on the real services of the demo host: a DIS filed for a
/// person no register knows. The page offers the ways out, and none of them loops.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed class RefusalWaysOutTests : ComponentTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly DemoHost _host;
    private readonly UserScopes _scopes;

    public RefusalWaysOutTests(DemoHost host)
    {
        _host = host;
        SignInAs(Roles.SocialWorker);
        _scopes = host.ScopesFor("namur-social-worker", "cpas-namur", Roles.SocialWorker);
        Services.AddSingleton(_scopes);
    }

    [Fact]
    public async Task RefusalTask_UnknownNiss_SaysWhyInFrenchAndOffersEveryWayOut()
    {
        UseLanguage(UiCultures.French);
        var (task, _) = await RefusedDisAsync(3);

        var page = Render<TaskPage>(parameters => parameters.Add(p => p.TaskId, task.Id));

        var reasons = page.WaitForElement("[data-testid=refusal-reasons]", Wait).TextContent;
        reasons.ShouldContain("aucun registre ne connaît ce NISS");
        reasons.ShouldNotContain("does not exist");
        page.Find("[data-testid=way-correct]").ShouldNotBeNull();
        page.Find("[data-testid=way-withdraw]").TextContent.Trim().ShouldBe("Retirer la demande");
        page.Find("[data-testid=way-managers]").TextContent.Trim().ShouldBe("Confier la tâche aux responsables");
        page.Find("[data-testid=task-title]").TextContent.ShouldBe("Intégration refusée");
    }

    [Fact]
    public async Task RefusalTask_RetriedUnchanged_SaysItWasRefusedTheSameWayAndKeepsTheWaysOut()
    {
        UseLanguage(UiCultures.Dutch);
        var (first, _) = await RefusedDisAsync(5);
        await using (var scope = _scopes.Create())
        {
            var attempt = await scope.ServiceProvider.GetRequiredService<TaskWork>()
                .CompleteAsync(first.Id, first.Revision, Guid.NewGuid().ToString("N"), new JsonObject { ["note"] = "opnieuw" }, CancellationToken.None);
            attempt.Result.Status.ShouldBe(TaskOperationStatus.Succeeded);
        }

        var second = await RefusalTaskAsync(first.RequestId!, except: first.Id);
        var page = Render<TaskPage>(parameters => parameters.Add(p => p.TaskId, second.Id));

        page.WaitForElement("[data-testid=refusal-again]", Wait).TextContent.ShouldContain("Poging 2: de nieuwe poging werd om dezelfde reden geweigerd");
        page.Find("[data-testid=way-withdraw]").TextContent.Trim().ShouldBe("De aanvraag intrekken");
        page.Find("[data-testid=way-managers]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Withdraw_FromTheRefusalTask_WithdrawsTheRequestAndEndsItsWorkflow()
    {
        UseLanguage(UiCultures.French);
        var (task, requestId) = await RefusedDisAsync(7);
        var page = Render<TaskPage>(parameters => parameters.Add(p => p.TaskId, task.Id));

        await page.WaitForElement("[data-testid=way-withdraw]", Wait).ClickAsync(new());

        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var request = await db.Requests.IgnoreQueryFilters().SingleAsync(r => r.Id == requestId);
        request.Status.ShouldBe(RequestStatus.Withdrawn);
        var instance = await scope.ServiceProvider.GetRequiredService<Engine.Persistence.IWorkflowStore>().FindInstanceAsync(request.WorkflowInstanceId!.Value, CancellationToken.None);
        instance.ShouldNotBeNull().Status.ShouldBe(WorkflowStatus.Cancelled);
        (await db.Set<HumanTask>().AsNoTracking().Where(t => t.RequestId == requestId.ToString()).Select(t => t.Status).ToListAsync())
            .ShouldAllBe(status => status != HumanTaskStatus.Open && status != HumanTaskStatus.Claimed);
    }

    [Fact]
    public async Task HandToManagers_FromTheRefusalTask_OffersItToTheManagersAndNobodyHoldsIt()
    {
        UseLanguage(UiCultures.French);
        var (task, _) = await RefusedDisAsync(9);
        var page = Render<TaskPage>(parameters => parameters.Add(p => p.TaskId, task.Id));

        await page.WaitForElement("[data-testid=way-managers]", Wait).ClickAsync(new());

        await using var scope = _host.Services.CreateAsyncScope();
        var handed = await scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>().Set<HumanTask>().AsNoTracking().SingleAsync(t => t.Id == task.Id);
        handed.CandidateRole.ShouldBe(Roles.Manager);
        handed.Assignee.ShouldBeNull();
        handed.Status.ShouldBe(HumanTaskStatus.Open);
    }

    /// <summary>A case of Namur for a person with a well-formed NISS that no register knows, and a DIS filed on it: the integration is refused.</summary>
    private async Task<(HumanTask Task, Guid RequestId)> RefusedDisAsync(int sequence)
    {
        var number = 450101000 + (990 - sequence * 2);
        var niss = Niss.Parse($"{number:000000000}{Niss.CheckDigits(number, 1900):00}", CultureInfo.InvariantCulture);
        Guid requestId;
        await using (var scope = _scopes.Create())
        {
            var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
            var today = LegalClock.Today(TimeProvider.System);
            var person = new Person("cpas-namur", niss, "Inconnu", "Personne", new DateOnly(1945, 1, 1), Gender.Female, null, null, Language.Fr);
            var @case = new Domain.Cases.Case("cpas-namur", $"NA-TEST-{sequence:0000}", person.Id, today.AddDays(-5), today, "namur-social-worker");
            db.Persons.Add(person);
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            var filed = await scope.ServiceProvider.GetRequiredService<RequestFiling>().FileAsync(@case, RequestType.Dis, today, today, details: null, CancellationToken.None);
            requestId = filed.Id;
        }

        return (await RefusalTaskAsync(requestId.ToString(), except: null), requestId);
    }

    private async Task<HumanTask> RefusalTaskAsync(string requestId, Guid? except)
    {
        for (var round = 0; round < 20; round++)
        {
            await using var scope = _host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(100, CancellationToken.None);
            var task = await scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>().Set<HumanTask>().AsNoTracking()
                .Where(t => t.RequestId == requestId && t.TaskType == "integration-refused" && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed) && t.Id != except)
                .FirstOrDefaultAsync();
            if (task is not null)
            {
                return task;
            }
        }

        await using var last = _host.Services.CreateAsyncScope();
        var seen = await last.ServiceProvider.GetRequiredService<PrimaWebDbContext>().Set<HumanTask>().AsNoTracking()
            .Where(t => t.RequestId == requestId).Select(t => t.TaskType + " " + t.Status + " " + t.Title).ToListAsync();
        var messages = await last.ServiceProvider.GetRequiredService<PrimaWebDbContext>().Set<OutboxMessage>().AsNoTracking().Select(m => m.MessageType + " " + m.Status + " " + m.Attempts).ToListAsync();
        throw new ShouldAssertException($"No integration-refused task was raised for the request {requestId}: {string.Join("; ", seen)} | {string.Join("; ", messages)}");
    }
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Tests.Features.Requests;

namespace PrimaWeb.Workflows.Web.Tests.Features.Tasks;

/// <summary>
/// Issue 12, points 1 and 3, on the real DIS definition: a completion is what it says. A payload the form or the step
/// that consumes it refuses answers 400 naming the field and the rule, and leaves the task, its history and the
/// workflow exactly as they were; who may work a task and the inbox's parameters are the pages' rules.
/// </summary>
public sealed class TaskCompletionTests : IDisposable
{
    private readonly RequestWorkflowApp _app = new(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Complete_MemberResourcesTypedAsText_Answers400NamingTheFieldAndChangesNothing()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 31);
        var before = await TaskAsync(flow, "record-resources");

        var (status, problem) = await CompleteAsync(flow, before, "op-1", new JsonObject { ["category"] = "Isolated", ["memberResources"] = "salary 300" });

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("codes").GetProperty("payload.memberResources")[0].GetString().ShouldBe(FormErrorCodes.List);
        problem.GetProperty("errors").GetProperty("payload.memberResources")[0].GetString()!.ShouldContain("liste");
        await ShouldBeUnchangedAsync(flow, before);
    }

    [Fact]
    public async Task Complete_ResourcesForAPartnerTheHouseholdHasNot_Answers400NamingTheRule_AndNothingIsWrittenNorFaulted()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 32);
        var before = await TaskAsync(flow, "record-resources");

        var (status, problem) = await CompleteAsync(flow, before, "op-1", new JsonObject { ["category"] = "Isolated", ["partnerEarnedIncome"] = 300 });

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("codes").GetProperty("payload.partnerEarnedIncome")[0].GetString().ShouldBe("PartnerNotInHousehold");
        problem.GetProperty("errors").GetProperty("payload.partnerEarnedIncome")[0].GetString()!.ShouldContain("le ménage de fait n'a pas de partenaire");
        await ShouldBeUnchangedAsync(flow, before);
        (await flow.FileAsync()).GetProperty("statements").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Complete_SameOperationIdWithOtherValues_Answers409AndAppliesNothing_SameValuesAreAlreadyApplied()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 33);
        var task = await TaskAsync(flow, "record-resources");
        var first = new JsonObject { ["category"] = "Isolated", ["claimantEarnedIncome"] = 600 };

        var (firstStatus, done) = await CompleteAsync(flow, task, "op-1", first);
        var (otherStatus, other) = await CompleteAsync(flow, task, "op-1", new JsonObject { ["category"] = "Cohabitant" });
        var (sameStatus, same) = await CompleteAsync(flow, task, "op-1", first.DeepClone().AsObject());

        firstStatus.ShouldBe(HttpStatusCode.OK);
        done.GetProperty("status").GetString().ShouldBe("Succeeded");
        otherStatus.ShouldBe(HttpStatusCode.Conflict);
        other.GetProperty("codes")[0].GetString().ShouldBe(TaskRefusalCodes.OperationReused);
        sameStatus.ShouldBe(HttpStatusCode.OK);
        same.GetProperty("status").GetString().ShouldBe("AlreadyApplied");
        var statement = (await flow.FileAsync()).GetProperty("statements").EnumerateArray().ShouldHaveSingleItem();
        statement.GetProperty("category").GetString().ShouldBe("Isolated");
    }

    [Fact]
    public async Task Complete_CouncilDecisionUntilYear9999_Answers400NamingTheDateAndItsSpan()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 34);
        await flow.ToCouncilAsync();
        var task = await TaskAsync(flow, "council-decision", flow.Manager);

        var (status, problem) = await CompleteAsync(flow, task, "op-1", new JsonObject
        {
            ["decision"] = "GrantedModified",
            ["decidedOn"] = RequestFlow.Date(_app.Today),
            ["until"] = "9999-12-31",
        }, flow.Manager);

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("codes").GetProperty("payload.until")[0].GetString().ShouldBe(FormErrorCodes.DateRange);
        problem.GetProperty("errors").GetProperty("payload.until")[0].GetString().ShouldBe("Au doit être entre le 01/01/1900 et le 02/03/2036.");
        (await flow.RequestAsync()).GetProperty("decisions").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Complete_TheCouncilsTaskByASocialWorker_Answers403SayingWhyInFrench()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 35);
        await flow.ToCouncilAsync();
        var task = await TaskAsync(flow, "council-decision", flow.Manager);

        var (status, problem) = await CompleteAsync(flow, task, "op-1", new JsonObject { ["decision"] = "Refused", ["decidedOn"] = RequestFlow.Date(_app.Today) });

        status.ShouldBe(HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString().ShouldBe("Cette tâche est réservée au rôle « responsable » : vous ne pouvez pas la traiter.");
        (await flow.RequestAsync()).GetProperty("decisions").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task List_TheInboxPagesParameters_AreReadByItsRules_EachRefusalNamingItsParameter()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 36);

        var (refusedStatus, refused) = await flow.Worker.GetAsync("/api/tasks?tab=everyone&requestType=Unknown&overdue=yes&page=0");
        var (mineStatus, mine) = await flow.Worker.GetAsync($"/api/tasks?caseId={flow.CaseId}&requestType=Dis&taskType=record-resources");

        refusedStatus.ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["tab", "requestType", "overdue", "page"], ignoreOrder: true);
        refused.GetProperty("errors").GetProperty("page")[0].GetString().ShouldBe("Page doit être au moins 1.");
        mineStatus.ShouldBe(HttpStatusCode.OK);
        mine.EnumerateArray().ShouldHaveSingleItem().GetProperty("caseReference").GetString().ShouldStartWith("NA-");
    }

    private static async Task<JsonElement> TaskAsync(RequestFlow flow, string type, ApiSession? session = null) =>
        await flow.FindTaskAsync(session ?? flow.Worker, type) ?? throw new ShouldAssertException($"No open task '{type}'.");

    private static Task<(HttpStatusCode Status, JsonElement Body)> CompleteAsync(RequestFlow flow, JsonElement task, string operationId, JsonObject payload, ApiSession? session = null) =>
        (session ?? flow.Worker).PostAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new JsonObject
        {
            ["expectedRevision"] = task.GetProperty("revision").GetInt32(),
            ["operationId"] = operationId,
            ["payload"] = payload,
        });

    /// <summary>The task as it was (status, revision, history), its workflow not faulted, and no incident anywhere.</summary>
    private async Task ShouldBeUnchangedAsync(RequestFlow flow, JsonElement before)
    {
        var taskId = before.GetProperty("id").GetGuid();
        var (_, after) = await flow.Worker.GetAsync($"/api/tasks/{taskId}");
        after.GetProperty("status").GetString().ShouldBe(before.GetProperty("status").GetString());
        after.GetProperty("revision").GetInt32().ShouldBe(before.GetProperty("revision").GetInt32());
        await using var scope = _app.Services.CreateAsyncScope();
        var history = await scope.ServiceProvider.GetRequiredService<HumanTaskService>().HistoryAsync(taskId, CancellationToken.None);
        history.Select(h => h.Action).ShouldBe([HumanTaskAction.Created]);
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
        (await store.ListOpenIncidentsAsync(new IncidentFilter(), CancellationToken.None)).ShouldBeEmpty();
        var instanceId = (await flow.RequestAsync()).GetProperty("workflowInstanceId").GetGuid();
        (await store.FindInstanceAsync(instanceId, CancellationToken.None))!.Status.ShouldBe(WorkflowStatus.Suspended);
    }
}

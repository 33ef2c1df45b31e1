using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Tests.Support;

namespace PrimaWeb.Workflows.Engine.Tests.Tasks;

public sealed class InboxQueryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task QueryAsync_Filters_SelectAndSortByDueDate()
    {
        await using var engine = new EngineHarness();
        await engine.ImportFileAsync("parallel");
        await engine.ImportFileAsync("approval");
        await engine.StartAsync("parallel");
        engine.Clock.Advance(TimeSpan.FromDays(1));
        await engine.StartAsync("approval", new JsonObject { ["amount"] = 1, ["caseId"] = "C-7" });
        var all = await engine.OpenTasksAsync();
        await engine.Tasks(s => s.ClaimAsync(new TaskCommand(all.Single(t => t.TaskType == "income").Id, 1, "op", "bob"), None));
        engine.Clock.Advance(TimeSpan.FromDays(4));

        var sorted = await Query(engine, new InboxQuery("cpas-1"));
        var mine = await Query(engine, new InboxQuery("cpas-1") { Assignee = "bob" });
        var team = await Query(engine, new InboxQuery("cpas-1") { Teams = ["social"] });
        var overdue = await Query(engine, new InboxQuery("cpas-1") { DueBefore = engine.Clock.GetUtcNow() });
        var byCase = await Query(engine, new InboxQuery("cpas-1") { CaseId = "C-7" });
        var byType = await Query(engine, new InboxQuery("cpas-1") { TaskType = "housing" });
        var otherTenant = await Query(engine, new InboxQuery("cpas-2"));
        var firstPage = await Query(engine, new InboxQuery("cpas-1") { Take = 1 });

        sorted.ShouldBe(["housing", "income", "review"]);
        mine.ShouldBe(["income"]);
        team.ShouldBe(["housing", "income", "review"]);
        overdue.ShouldBe(["housing"]);
        byCase.ShouldBe(["review"]);
        byType.ShouldBe(["housing"]);
        otherTenant.ShouldBeEmpty();
        firstPage.ShouldBe(["housing"]);
    }

    private static async Task<List<string>> Query(EngineHarness engine, InboxQuery query) =>
        [.. (await engine.Tasks(s => s.QueryAsync(query, None))).Select(t => t.TaskType)];
}

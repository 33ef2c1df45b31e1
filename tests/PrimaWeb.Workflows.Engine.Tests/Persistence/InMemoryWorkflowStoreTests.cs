using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Persistence.InMemory;

namespace PrimaWeb.Workflows.Engine.Tests.Persistence;

public sealed class InMemoryWorkflowStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly InMemoryWorkflowDatabase _database = new();

    [Fact]
    public async Task SaveChangesAsync_StaleInstance_ThrowsAndWritesNothing()
    {
        var id = await SeedAsync();
        var first = new InMemoryWorkflowStore(_database);
        var second = new InMemoryWorkflowStore(_database);
        var mine = (await first.FindInstanceAsync(id, None))!;
        var theirs = (await second.FindInstanceAsync(id, None))!;

        mine.Status = WorkflowStatus.Completed;
        await first.SaveChangesAsync(None);
        theirs.Status = WorkflowStatus.Cancelled;
        theirs.CorrelationKey = "lost";

        await Should.ThrowAsync<WorkflowConcurrencyException>(() => second.SaveChangesAsync(None));
        var stored = (await new InMemoryWorkflowStore(_database).FindInstanceAsync(id, None))!;
        stored.Status.ShouldBe(WorkflowStatus.Completed);
        stored.CorrelationKey.ShouldBeNull();
    }

    [Fact]
    public async Task DiscardChanges_UncommittedChanges_AreForgotten()
    {
        var id = await SeedAsync();
        var store = new InMemoryWorkflowStore(_database);
        (await store.FindInstanceAsync(id, None))!.Status = WorkflowStatus.Cancelled;
        store.AddBookmark(new Bookmark { Id = Guid.NewGuid(), InstanceId = id });

        store.DiscardChanges();
        await store.SaveChangesAsync(None);

        (await store.FindInstanceAsync(id, None))!.Status.ShouldBe(WorkflowStatus.Running);
        (await store.ListBookmarksAsync(id, None)).ShouldBeEmpty();
    }

    private async Task<Guid> SeedAsync()
    {
        var store = new InMemoryWorkflowStore(_database);
        var instance = new WorkflowInstance { Id = Guid.NewGuid(), DefinitionId = "d", DefinitionVersion = 1, Status = WorkflowStatus.Running };
        store.AddInstance(instance);
        await store.SaveChangesAsync(None);
        return instance.Id;
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Web.Tests.Features.Workflows;

/// <summary>The engine inside the host: definitions imported at start-up, the store on the request's context, Hangfire firing timers.</summary>
public sealed class WorkflowEngineStartupTests : IDisposable
{
    private const string TimerWorkflow = """
        { "definitionId": "reminder", "version": 1, "name": "Reminder", "effectiveFrom": "2026-01-01", "status": "published",
          "activities": [
            { "id": "start", "type": "Core.Start" },
            { "id": "wait", "type": "Core.Timer", "inputs": { "duration": "PT0S" } },
            { "id": "end", "type": "Core.End" } ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "end" } ] }
        """;

    private readonly string _definitions = Path.Combine(Path.GetTempPath(), $"primaweb-definitions-{Guid.NewGuid():N}");
    private readonly List<string> _databases = [];

    public WorkflowEngineStartupTests()
    {
        Directory.CreateDirectory(Path.Combine(_definitions, "reminder"));
        Directory.CreateDirectory(Path.Combine(_definitions, "reference"));
        File.WriteAllText(Path.Combine(_definitions, "reminder", "v1.json"), TimerWorkflow);
        File.WriteAllText(Path.Combine(_definitions, "reference", "ris.json"), "{ \"not\": \"a definition\" }");
    }

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            PrimaWebFactory.DeleteDatabase(database);
        }

        Directory.Delete(_definitions, recursive: true);
    }

    /// <summary>The API on this class's definitions folder; give a database file to restart on it (the test deletes the files).</summary>
    private PrimaWebFactory Host(string? databaseFile = null)
    {
        var settings = new Dictionary<string, string?> { ["Workflows:DefinitionsPath"] = _definitions };
        var host = databaseFile is null
            ? new PrimaWebFactory { Demo = false, TestSignIn = true, KeepsDatabase = true, Settings = settings }
            : new PrimaWebFactory { Demo = false, TestSignIn = true, KeepsDatabase = true, Settings = settings, DatabaseFile = databaseFile };
        _databases.Add(host.DatabaseFile);
        return host;
    }

    [Fact]
    public async Task Start_DefinitionFile_IsImportedAndListed()
    {
        using var host = Host();
        using var client = host.ClientFor(Roles.FunctionalAnalyst);

        var definitions = await client.GetFromJsonAsync<List<DefinitionSummaryDto>>(new Uri("/api/workflow/definitions", UriKind.Relative));

        definitions.ShouldNotBeNull().ShouldHaveSingleItem();
        definitions[0].ShouldBe(definitions[0] with { Id = "reminder", Version = 1, Status = "published", EffectiveFrom = new DateOnly(2026, 1, 1) });
    }

    [Fact]
    public async Task Start_SameFilesOnASecondStart_ImportsNothingAgain()
    {
        DateTimeOffset firstSave;
        using (var first = Host())
        {
            first.CreateClient().Dispose();
            firstSave = await SavedAtAsync(first);
        }

        using var second = Host(_databases[0]);
        second.CreateClient().Dispose();

        (await SavedAtAsync(second)).ShouldBe(firstSave);
    }

    [Fact]
    public void Start_PublishedVersionChangedOnDisk_FailsNamingTheFile()
    {
        using (var first = Host())
        {
            first.CreateClient().Dispose();
        }

        File.WriteAllText(Path.Combine(_definitions, "reminder", "v1.json"), TimerWorkflow.Replace("\"Reminder\"", "\"Reminder (edited)\"", StringComparison.Ordinal));
        using var second = Host(_databases[0]);

        var error = Should.Throw<InvalidOperationException>(() => second.CreateClient().Dispose());

        error.Message.ShouldStartWith("definitions/reminder/v1.json: ");
        error.Message.ShouldContain("cannot change");
    }

    [Fact]
    public void Start_FileWhosePathDisagreesWithItsVersion_FailsNamingTheFile()
    {
        File.Move(Path.Combine(_definitions, "reminder", "v1.json"), Path.Combine(_definitions, "reminder", "v2.json"));
        using var host = Host();

        var error = Should.Throw<InvalidOperationException>(() => host.CreateClient().Dispose());

        error.Message.ShouldStartWith("definitions/reminder/v2.json: ");
    }

    [Fact]
    public void Start_InvalidDefinitionFile_FailsNamingTheFileAndTheError()
    {
        File.WriteAllText(Path.Combine(_definitions, "reminder", "v1.json"), TimerWorkflow.Replace("Core.Timer", "Core.Nope", StringComparison.Ordinal));
        using var host = Host();

        var error = Should.Throw<InvalidOperationException>(() => host.CreateClient().Dispose());

        error.Message.ShouldStartWith("definitions/reminder/v1.json: ");
        error.Message.ShouldContain("Core.Nope");
    }

    [Fact]
    public void Start_TaskForARoleNoUserHolds_FailsNamingTheFileTheInputAndTheRoles()
    {
        File.WriteAllText(Path.Combine(_definitions, "reminder", "v1.json"), TimerWorkflow.Replace(
            "{ \"id\": \"wait\", \"type\": \"Core.Timer\", \"inputs\": { \"duration\": \"PT0S\" } }",
            "{ \"id\": \"wait\", \"type\": \"Core.HumanTask\", \"inputs\": { \"taskType\": \"check\", \"title\": \"Check\", \"candidateRole\": \"manager\" } }",
            StringComparison.Ordinal));
        using var host = Host();

        var error = Should.Throw<InvalidOperationException>(() => host.CreateClient().Dispose());

        error.Message.ShouldStartWith("definitions/reminder/v1.json: ");
        error.Message.ShouldContain("$.activities[1].inputs.candidateRole");
        error.Message.ShouldContain("'manager' is not a role of PrimaWeb; use one of SocialWorker, Manager, FunctionalAnalyst, Administrator");
    }

    [Fact]
    public async Task EngineStore_InARequestScope_UsesTheScopesPrimaWebDbContext()
    {
        using var host = Host();
        host.CreateClient().Dispose();

        await using var scope = host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var instanceId = (await scope.ServiceProvider.GetRequiredService<WorkflowRunner>()
            .StartAsync(new StartWorkflowRequest("reminder") { TenantId = "cpas-test" }, CancellationToken.None)).InstanceId;

        // The runner's store wrote through the scope's context: its change tracker holds the instance.
        db.ChangeTracker.Entries<WorkflowInstance>().ShouldContain(e => e.Entity.Id == instanceId);
        (await store.FindInstanceAsync(instanceId, CancellationToken.None)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Timer_StartedInTheHost_IsFiredByHangfireAndTheInstanceCompletes()
    {
        using var host = Host();
        host.CreateClient().Dispose();
        Guid instanceId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var started = await scope.ServiceProvider.GetRequiredService<WorkflowRunner>()
                .StartAsync(new StartWorkflowRequest("reminder") { TenantId = "cpas-test" }, CancellationToken.None);
            started.Status.ShouldBe(WorkflowStatus.Suspended);
            instanceId = started.InstanceId;
        }

        // Hangfire's server polls on real time (1 s): wait for the database to show the outcome, bounded.
        await Eventually.UntilAsync("the timer's instance to complete", () => StatusAsync(host, instanceId), WorkflowStatus.Completed);

        await using var check = host.Services.CreateAsyncScope();
        var journal = await check.ServiceProvider.GetRequiredService<IWorkflowStore>().ListJournalAsync(instanceId, CancellationToken.None);
        journal.Count(j => j.Kind == JournalEventKind.ActivityResumed).ShouldBe(1);
    }

    [Fact]
    public async Task Start_NoDefinitionFolderConfigured_UsesTheCopyBesideTheApplication()
    {
        using var host = new PrimaWebFactory { Demo = false, TestSignIn = true };
        using var client = host.ClientFor(Roles.FunctionalAnalyst);

        var response = await client.GetAsync(new Uri("/api/workflow/definitions", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<DateTimeOffset> SavedAtAsync(PrimaWebFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>().Set<StoredDefinition>().Select(d => d.SavedAt).SingleAsync();
    }

    private static async Task<WorkflowStatus> StatusAsync(PrimaWebFactory host, Guid instanceId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().FindInstanceAsync(instanceId, CancellationToken.None))!.Status;
    }
}

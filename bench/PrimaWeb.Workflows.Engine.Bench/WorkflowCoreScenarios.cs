using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace PrimaWeb.Workflows.Engine.Bench;

/// <summary>The same shapes on WorkflowCore 3.22 (in-memory persistence, fluent builder, poll interval set explicitly).</summary>
internal sealed class WorkflowCoreScenarios : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IWorkflowHost _host;

    private WorkflowCoreScenarios(ServiceProvider services)
    {
        _services = services;
        _host = services.GetRequiredService<IWorkflowHost>();
    }

    public static ConcurrentDictionary<int, TaskCompletionSource> Finished { get; } = new();

    public static ConcurrentDictionary<int, TaskCompletionSource> Waiting { get; } = new();

    public static async Task<WorkflowCoreScenarios> StartAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflow(o => o.UsePollInterval(TimeSpan.FromMilliseconds(100)));
        var scenarios = new WorkflowCoreScenarios(services.BuildServiceProvider());
        scenarios._host.RegisterWorkflow<ThreeStepWorkflow, BenchData>();
        scenarios._host.RegisterWorkflow<TenStepWorkflow, BenchData>();
        await scenarios._host.StartAsync(CancellationToken.None);
        return scenarios;
    }

    public Task<Measurement> ThreeStepsAsync(int operations, int concurrency) =>
        Measurement.RunAsync("workflowcore (in memory): 3-step workflows completed", operations, concurrency, async i =>
        {
            var done = Finished[i] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await _host.StartWorkflow(ThreeStepWorkflow.Id, 1, new BenchData { Seed = i });
            await done.Task;
        });

    public async Task<Measurement> TenStepsAsync(int operations, int concurrency)
    {
        var offset = 1_000_000;
        var starts = await Measurement.RunAsync("workflowcore (in memory): 10-step starts to the wait", operations, concurrency, async i =>
        {
            var waiting = Waiting[offset + i] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Finished[offset + i] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await _host.StartWorkflow(TenStepWorkflow.Id, 1, new BenchData { Seed = offset + i });
            await waiting.Task;
        });
        Console.WriteLine(starts);
        return await Measurement.RunAsync("workflowcore (in memory): 10-step resumes to the end", operations, concurrency, async i =>
        {
            await _host.PublishEvent("review", (offset + i).ToString(System.Globalization.CultureInfo.InvariantCulture), null);
            await Finished[offset + i].Task;
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}

/// <summary>Workflow data of the WorkflowCore shapes.</summary>
internal sealed class BenchData
{
    public int Seed { get; set; }

    public int Value { get; set; }

    public string? Result { get; set; }
}

/// <summary>Compute a number, branch on it, write a result.</summary>
internal sealed class ThreeStepWorkflow : IWorkflow<BenchData>
{
    public const string Id = "three-steps";

    string IWorkflow<BenchData>.Id => Id;

    public int Version => 1;

    public void Build(IWorkflowBuilder<BenchData> builder) => builder
        .StartWith(context => ExecutionResult.Next())
        .Then(context =>
        {
            var data = (BenchData)context.Workflow.Data;
            data.Value = data.Seed * 7 % 100;
            return ExecutionResult.Next();
        })
        .Then(context =>
        {
            var data = (BenchData)context.Workflow.Data;
            data.Result = data.Value >= 50 ? "high" : "low";
            WorkflowCoreScenarios.Finished[data.Seed].TrySetResult();
            return ExecutionResult.Next();
        });
}

/// <summary>Four computations, a wait for an event (the task), two computations and a decision.</summary>
internal sealed class TenStepWorkflow : IWorkflow<BenchData>
{
    public const string Id = "ten-steps";

    string IWorkflow<BenchData>.Id => Id;

    public int Version => 1;

    public void Build(IWorkflowBuilder<BenchData> builder) => builder
        .StartWith(context => ExecutionResult.Next())
        .Then(context => Add(context, 1))
        .Then(context => Add(context, 2))
        .Then(context => Add(context, 3))
        .Then(context =>
        {
            var data = (BenchData)context.Workflow.Data;
            WorkflowCoreScenarios.Waiting[data.Seed].TrySetResult();
            return ExecutionResult.Next();
        })
        .WaitFor("review", data => data.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Then(context => Add(context, 5))
        .Then(context => Add(context, 6))
        .Then(context =>
        {
            var data = (BenchData)context.Workflow.Data;
            data.Result = data.Value > 10 ? "yes" : "no";
            WorkflowCoreScenarios.Finished[data.Seed].TrySetResult();
            return ExecutionResult.Next();
        });

    private static ExecutionResult Add(IStepExecutionContext context, int amount)
    {
        ((BenchData)context.Workflow.Data).Value += amount;
        return ExecutionResult.Next();
    }
}

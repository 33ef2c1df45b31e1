using PrimaWeb.Workflows.Activities;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.Hangfire;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The request workflows' steps in the engine (docs/activities.md, host wiring): the domain activities and their outbox
/// handlers, and the SPP-IS answer polling job every 5 minutes. Letter templates and reference data are read from the
/// definitions copied beside the application (definitions/letters, definitions/reference); the case file's ports come
/// from Data.
/// </summary>
internal static class RequestWorkflowsSetup
{
    public const string AnswerPollingJobId = "poll-spp-is-answers";

    public static WorkflowEngineBuilder AddPrimaWebRequestWorkflows(this WorkflowEngineBuilder engine) =>
        engine.AddPrimaWebActivities(Path.Combine(AppContext.BaseDirectory, "definitions"))
            .AddRecurringJob<SppIsAnswerPollingJob>(AnswerPollingJobId, "*/5 * * * *");
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Calculations;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// The task inbox (<c>/api/tasks</c>): list, claim, release, complete, through <see cref="TaskWork"/> as the pages do.
/// Tasks belong to a CPAS: another CPAS's task answers 404 like an unknown one; a task the user may not work, 403.
/// </summary>
internal static class TaskEndpoints
{
    public const int MaxOperationIdLength = 100;

    public static IEndpointRouteBuilder MapTaskEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var tasks = endpoints.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.WorkCases).WithPrimaWebProblems();
        tasks.MapGet("/", ListAsync)
            .WithName("ListTasks")
            .WithSummary("The inbox, sorted by due date (no due date last), then priority; the inbox page's parameters.")
            .WithDescription("tab=mine (default): the tasks assigned to the signed-in user; tab=team: the open and claimed tasks for the user's "
                + "roles. requestType, taskType, case (reference), caseId and overdue=true narrow the list; page (from 1) pages it by "
                + $"{InboxCriteria.PageSize}. A refused value is a 400 naming its parameter.");
        tasks.MapGet("/{taskId:guid}", GetAsync)
            .WithName("GetTask")
            .WithSummary("A task with its form and revision.");
        tasks.MapPost("/{taskId:guid}/claim", (Guid taskId, TaskCommandDto body, TaskWork work, IStringLocalizer<UiText> text, CancellationToken ct) =>
                OperateAsync(taskId, body, text, command => work.ClaimAsync(taskId, command.Revision, command.OperationId, ct)))
            .WithName("ClaimTask")
            .WithSummary("Takes an open task.")
            .WithRequestExample(TaskExamples.Claim);
        tasks.MapPost("/{taskId:guid}/release", (Guid taskId, TaskCommandDto body, TaskWork work, IStringLocalizer<UiText> text, CancellationToken ct) =>
                OperateAsync(taskId, body, text, command => work.ReleaseAsync(taskId, command.Revision, command.OperationId, ct)))
            .WithName("ReleaseTask")
            .WithSummary("Gives a claimed task back to its candidates.")
            .WithRequestExample(TaskExamples.Claim);
        tasks.MapPost("/{taskId:guid}/reassign", (Guid taskId, TaskReassignDto body, TaskWork work, IStringLocalizer<UiText> text, CancellationToken ct) =>
                ReassignAsync(taskId, body, work, text, ct))
            .WithName("ReassignTask")
            .WithSummary("Gives an open or claimed task to a colleague of the CPAS: managers only.")
            .WithDescription("assignee is the colleague's user id (a member of the CPAS's staff; 400 naming 'assignee' otherwise). "
                + "403 when the signed-in user is not a manager; 409 when the task changed since expectedRevision.")
            .WithRequestExample(TaskExamples.Reassign);
        tasks.MapPost("/{taskId:guid}/complete", (Guid taskId, TaskCommandDto body, TaskWork work, IStringLocalizer<UiText> text, CancellationToken ct) =>
                OperateAsync(taskId, body, text, command => work.CompleteAsync(taskId, command.Revision, command.OperationId, body.Payload ?? new JsonObject(), ct)))
            .WithName("CompleteTask")
            .WithSummary("Completes a task with the values of its form, and resumes the workflow in the same commit.")
            .WithDescription("The payload is checked in full against the task's form first. 400 names each refused value as payload.<field> "
                + "(payload.<group>[<line>].<field> in a repeated group), also when the step that consumes the payload refuses it: nothing is "
                + "then written. 409 when the task changed since expectedRevision, or when operationId was already used with other values; "
                + "the same operationId with the same values answers AlreadyApplied. 403 when the user is neither the assignee, nor in the "
                + "candidate role, nor a manager. 202 IncidentOpened when the completion is recorded but a later step failed.")
            .WithRequestExample(TaskExamples.Complete);
        return endpoints;
    }

    internal static async Task<Results<Ok<List<TaskDto>>, ValidationProblem>> ListAsync(
        [AsParameters] InboxParameters parameters, TaskWork work, IStringLocalizer<UiText> text, TimeProvider time, CancellationToken cancellationToken)
    {
        var refusals = new List<Refusal>();
        var (tab, criteria) = InboxCriteria.Read(parameters, refusals);
        if (refusals.Count > 0)
        {
            return ApiProblems.Invalid(text, refusals);
        }

        var now = time.GetUtcNow();
        var rows = await work.ListAsync(tab, criteria, cancellationToken);
        return TypedResults.Ok(rows.Select(row => TaskDto.From(row.Task, now, row.CaseReference)).ToList());
    }

    internal static async Task<Results<Ok<TaskDto>, ProblemHttpResult>> GetAsync(Guid taskId, TaskWork work, TimeProvider time, CancellationToken cancellationToken) =>
        await work.FindAsync(taskId, cancellationToken) is { } task
            ? TypedResults.Ok(TaskDto.From(task, time.GetUtcNow()))
            : ApiProblems.NotFound();

    private static Task<Results<Ok<TaskOperationDto>, Accepted<TaskOperationDto>, ValidationProblem, ProblemHttpResult>> ReassignAsync(
        Guid taskId, TaskReassignDto body, TaskWork work, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        var assignee = body.Assignee?.Trim();
        var refused = string.IsNullOrEmpty(assignee)
            ? new Refusal("assignee", FormErrorCodes.Required, "The colleague to give the task to is required.")
            : assignee.Length > StaffMember.MaxUserIdLength
                ? new Refusal("assignee", FormErrorCodes.MaxLength, $"A user id has at most {StaffMember.MaxUserIdLength} characters.", StaffMember.MaxUserIdLength)
                : null;

        // The colleague is checked with the command's other fields, so that one answer names every refused field.
        return OperateAsync(taskId, new TaskCommandDto(body.ExpectedRevision, body.OperationId), text,
            command => work.ReassignAsync(taskId, command.Revision, command.OperationId, assignee!, cancellationToken), refused, refusalPrefix: null);
    }

    private static async Task<Results<Ok<TaskOperationDto>, Accepted<TaskOperationDto>, ValidationProblem, ProblemHttpResult>> OperateAsync(
        Guid taskId, TaskCommandDto body, IStringLocalizer<UiText> text, Func<(int Revision, string OperationId), Task<TaskAttempt>> operation,
        Refusal? alsoRefused = null, string? refusalPrefix = "payload")
    {
        var refusals = new List<Refusal>();
        if (body.ExpectedRevision is null)
        {
            refusals.Add(new Refusal("expectedRevision", FormErrorCodes.Required, "The revision of the task as you saw it is required."));
        }

        if (string.IsNullOrWhiteSpace(body.OperationId))
        {
            refusals.Add(new Refusal("operationId", FormErrorCodes.Required, "An id for this operation is required, so that a repeat is not applied twice."));
        }
        else if (body.OperationId.Length > MaxOperationIdLength)
        {
            refusals.Add(new Refusal("operationId", FormErrorCodes.MaxLength, $"The operation id has at most {MaxOperationIdLength} characters.", MaxOperationIdLength));
        }

        if (alsoRefused is not null)
        {
            refusals.Add(alsoRefused);
        }

        if (refusals.Count > 0)
        {
            return ApiProblems.Invalid(text, refusals);
        }

        var attempt = await operation((body.ExpectedRevision!.Value, body.OperationId!));
        var result = attempt.Result;
        if (attempt.Denied is { } denied)
        {
            return ApiProblems.Forbidden(denied.Reason(text));
        }

        return result.Status switch
        {
            TaskOperationStatus.NotFound => ApiProblems.NotFound(),
            TaskOperationStatus.Succeeded or TaskOperationStatus.AlreadyApplied =>
                TypedResults.Ok(new TaskOperationDto(taskId, result.Status.ToString(), result.Revision)),
            TaskOperationStatus.IncidentOpened =>
                TypedResults.Accepted((string?)null, new TaskOperationDto(taskId, result.Status.ToString(), result.Revision, result.IncidentId, text["TaskIncident"])),
            TaskOperationStatus.Conflict => ApiProblems.Conflict(
                $"{string.Join(" ", TaskRefusals.Sentences(result, text))} {text["ReloadTask", result.Revision]}",
                new Dictionary<string, object?> { ["revision"] = result.Revision, ["codes"] = result.Refusals.Select(r => r.Code).ToArray() }),

            // A refusal of the task's state is a conflict; a refusal of the values (by the form or by the step that consumes them) is the input's.
            _ when result.Refusals.Any(r => r.Code == TaskRefusalCodes.WrongStatus) => ApiProblems.Conflict(
                string.Join(" ", TaskRefusals.Sentences(result, text)), new Dictionary<string, object?> { ["revision"] = result.Revision }),
            _ => ApiProblems.Invalid(text, result.Refusals, refusalPrefix),
        };
    }
}

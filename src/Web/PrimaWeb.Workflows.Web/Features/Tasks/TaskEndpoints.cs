using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Calculations;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// The task inbox (<c>/api/tasks</c>): list, claim, release, complete. Tasks belong to a CPAS: another CPAS's task answers
/// 404 like an unknown one. Completing checks the payload against the task's form and resumes the workflow.
/// </summary>
internal static class TaskEndpoints
{
    public static IEndpointRouteBuilder MapTaskEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var tasks = endpoints.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.WorkCases);
        tasks.MapGet("/", ListAsync)
            .WithName("ListTasks")
            .WithSummary("The inbox, sorted by due date (no due date last), then priority.")
            .WithDescription("view=mine: the tasks assigned to the signed-in user; view=team (default): the open and claimed tasks "
                + "for the user's roles. overdue=true keeps those past their due date; type and caseId narrow further.");
        tasks.MapGet("/{taskId:guid}", GetAsync)
            .WithName("GetTask")
            .WithSummary("A task with its form and revision.");
        tasks.MapPost("/{taskId:guid}/claim", (Guid taskId, TaskCommandDto body, HumanTaskService service, ICurrentUser user, CancellationToken ct) =>
                OperateAsync(taskId, body, service, user, (command, c) => service.ClaimAsync(command, c), ct))
            .WithName("ClaimTask")
            .WithSummary("Takes an open task.")
            .WithRequestExample(TaskExamples.Claim);
        tasks.MapPost("/{taskId:guid}/release", (Guid taskId, TaskCommandDto body, HumanTaskService service, ICurrentUser user, CancellationToken ct) =>
                OperateAsync(taskId, body, service, user, (command, c) => service.ReleaseAsync(command, c), ct))
            .WithName("ReleaseTask")
            .WithSummary("Gives a claimed task back to its candidates.")
            .WithRequestExample(TaskExamples.Claim);
        tasks.MapPost("/{taskId:guid}/complete", (Guid taskId, TaskCommandDto body, HumanTaskService service, ICurrentUser user, CancellationToken ct) =>
                OperateAsync(taskId, body, service, user, (command, c) => service.CompleteAsync(command, body.Payload ?? new JsonObject(), c), ct))
            .WithName("CompleteTask")
            .WithSummary("Completes a task with the values of its form, and resumes the workflow in the same commit.")
            .WithDescription("400 names each refused form field as payload.<field>; 409 when the task changed since expectedRevision; "
                + "403 when the user is neither the assignee, nor in the candidate role, nor a manager.")
            .WithRequestExample(TaskExamples.Complete);
        return endpoints;
    }

    internal static async Task<Results<Ok<List<TaskDto>>, ValidationProblem>> ListAsync(
        string? view, bool? overdue, string? type, Guid? caseId, HumanTaskService service, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var mine = view is null or "team" ? false : view == "mine" ? true : (bool?)null;
        if (mine is null)
        {
            return ApiProblems.Invalid("view", "The view is mine or team.");
        }

        var now = time.GetUtcNow();
        var query = new InboxQuery(user.TenantCode)
        {
            Assignee = mine.Value ? user.UserId : null,
            Roles = mine.Value ? null : [.. user.Roles],
            TaskType = string.IsNullOrWhiteSpace(type) ? null : type,
            CaseId = caseId?.ToString(),
            DueBefore = overdue == true ? now : null,
            Take = 200,
        };
        var tasks = await service.QueryAsync(query, cancellationToken);
        return TypedResults.Ok(tasks.Select(task => TaskDto.From(task, now)).ToList());
    }

    internal static async Task<Results<Ok<TaskDto>, ProblemHttpResult>> GetAsync(
        Guid taskId, HumanTaskService service, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
        await service.FindAsync(taskId, cancellationToken) is { } task && task.TenantId == user.TenantCode
            ? TypedResults.Ok(TaskDto.From(task, time.GetUtcNow()))
            : ApiProblems.NotFound("task");

    private static async Task<Results<Ok<TaskOperationDto>, ValidationProblem, ProblemHttpResult>> OperateAsync(
        Guid taskId,
        TaskCommandDto body,
        HumanTaskService service,
        ICurrentUser user,
        Func<TaskCommand, CancellationToken, Task<TaskOperationResult>> operation,
        CancellationToken cancellationToken)
    {
        var task = await service.FindAsync(taskId, cancellationToken);
        if (task is null || task.TenantId != user.TenantCode)
        {
            return ApiProblems.NotFound("task");
        }

        if (!MayWork(task, user))
        {
            return TypedResults.Problem(
                title: "Not your task.",
                detail: $"The task is for the role '{task.CandidateRole}'{(task.Assignee is null ? string.Empty : $" and assigned to {task.Assignee}")}.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var errors = new Dictionary<string, string[]>();
        if (body.ExpectedRevision is null)
        {
            errors["expectedRevision"] = ["The revision of the task as you saw it is required."];
        }

        if (string.IsNullOrWhiteSpace(body.OperationId) || body.OperationId.Length > 100)
        {
            errors["operationId"] = ["An id for this operation (at most 100 characters) is required, so that a repeat is not applied twice."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var result = await operation(new TaskCommand(taskId, body.ExpectedRevision!.Value, body.OperationId!, user.UserId), cancellationToken);
        return result.Status switch
        {
            TaskOperationStatus.Succeeded or TaskOperationStatus.AlreadyApplied => TypedResults.Ok(new TaskOperationDto(taskId, result.Status.ToString(), result.Revision)),
            TaskOperationStatus.Conflict => ApiProblems.Conflict($"{string.Join(" ", result.Errors)} Reload the task (revision {result.Revision}) and try again."),
            TaskOperationStatus.NotFound => ApiProblems.NotFound("task"),

            // Refused form values are the user's input (400); a refusal of the task's state is a conflict (409).
            _ when result.Errors.All(error => error.StartsWith('\'')) => ApiProblems.Invalid(FormErrors(result.Errors)),
            _ => ApiProblems.Conflict(string.Join(" ", result.Errors)),
        };
    }

    /// <summary>
    /// The assignee, a holder of the candidate role, or a manager (who may take over any task of the CPAS); a task with
    /// neither role nor assignee is anyone's.
    /// </summary>
    private static bool MayWork(HumanTask task, ICurrentUser user) =>
        task.Assignee == user.UserId
        || user.IsInRole(Roles.Manager)
        || (task.CandidateRole is { } role
            ? user.IsInRole(role)
            : task.Assignee is null);

    /// <summary>The engine's messages start with the quoted field name (<c>'amount' must be a number.</c>).</summary>
    private static Dictionary<string, string[]> FormErrors(IReadOnlyList<string> errors) => errors
        .GroupBy(error => error.StartsWith('\'') && error.IndexOf('\'', 1) is > 1 and var end ? $"payload.{error[1..end]}" : "payload")
        .ToDictionary(group => group.Key, group => group.ToArray());
}

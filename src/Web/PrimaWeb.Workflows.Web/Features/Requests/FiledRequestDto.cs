namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>The request filed and the workflow instance that runs it (its definition and the version in force on the reception day).</summary>
public sealed record FiledRequestDto(
    Guid Id, Guid CaseId, string Type, string ReceivedOn, string Status, Guid WorkflowInstanceId, string DefinitionId, int DefinitionVersion, string WorkflowStatus);

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>The outcome of a task operation: <c>Succeeded</c>, or <c>AlreadyApplied</c> for a repeated operation id.</summary>
public sealed record TaskOperationDto(Guid TaskId, string Status, int Revision);

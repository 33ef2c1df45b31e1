namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// The outcome of a task operation: <c>Succeeded</c>, <c>AlreadyApplied</c> for a repeated operation id, or
/// <c>IncidentOpened</c> (202) when the completion is recorded but a later step failed: <c>incidentId</c> holds the
/// workflow until it is retried, and <c>detail</c> says so in the user's language.
/// </summary>
public sealed record TaskOperationDto(Guid TaskId, string Status, int Revision, Guid? IncidentId = null, string? Detail = null);

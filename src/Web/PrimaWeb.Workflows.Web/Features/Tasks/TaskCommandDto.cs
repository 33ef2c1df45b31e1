using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// An operation on a task: the revision the user saw, an id chosen by the client for this operation (a repeat of the
/// same id is answered without doing it twice) and, to complete, the form's values.
/// </summary>
public sealed record TaskCommandDto(int? ExpectedRevision, string? OperationId, JsonObject? Payload = null);

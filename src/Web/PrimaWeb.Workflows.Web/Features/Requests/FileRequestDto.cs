using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>
/// A request to file in a case: <c>type</c> one of the request types a workflow runs, <c>receivedOn</c> the reception
/// day (<c>yyyy-MM-dd</c>), and <c>details</c> what the type asks at filing (the heating allowance's delivery and
/// dwelling), the fields of its first task; without them that task waits in the inbox.
/// </summary>
public sealed record FileRequestDto(string? Type, string? ReceivedOn, JsonObject? Details = null);

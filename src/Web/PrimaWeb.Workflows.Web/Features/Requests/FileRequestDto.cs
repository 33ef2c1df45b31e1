namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>A request to file in a case: <c>type</c> Dis or EquivalentRis, <c>receivedOn</c> the reception day (<c>yyyy-MM-dd</c>).</summary>
public sealed record FileRequestDto(string? Type, string? ReceivedOn);

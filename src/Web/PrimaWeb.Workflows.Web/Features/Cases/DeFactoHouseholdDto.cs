namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>The whole de facto household as the social worker establishes it; it replaces the current one.</summary>
public sealed record DeFactoHouseholdDto(IReadOnlyList<DeFactoMemberDto>? Members);

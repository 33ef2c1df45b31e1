namespace PrimaWeb.Workflows.Web.Features.CaseFiles;

/// <summary>A BCSS integration of a member of the case's households, its capacity code, period and status today.</summary>
public sealed record IntegrationDto(Guid Id, Guid PersonId, string Niss, int Code, string CodeName, DateOnly Start, DateOnly End, string Status);

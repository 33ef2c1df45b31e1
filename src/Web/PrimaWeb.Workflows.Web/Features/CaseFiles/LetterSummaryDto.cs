namespace PrimaWeb.Workflows.Web.Features.CaseFiles;

/// <summary>A notification letter in the case file; its content is at <c>/api/cases/{caseId}/letters/{id}</c>.</summary>
public sealed record LetterSummaryDto(
    Guid Id, Guid? RequestId, Guid DecisionId, string Template, string Language, DateOnly DueOn, DateTimeOffset RecordedAt, string RecordedBy);

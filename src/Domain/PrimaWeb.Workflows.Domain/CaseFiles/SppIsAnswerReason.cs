namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>A code and text the SPP-IS gives with a refusal or a partial acceptance.</summary>
public sealed record SppIsAnswerReason(string Code, string Description);

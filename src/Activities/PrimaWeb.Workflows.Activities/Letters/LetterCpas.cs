namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>The CPAS / OCMW that sends the letter, and the labour court competent for appeals against its decisions.</summary>
public sealed record LetterCpas(
    string Name,
    LetterAddress Address,
    string? Phone,
    string? Email,
    LetterCourt LabourCourt);

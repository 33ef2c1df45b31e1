namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>The labour court (tribunal du travail / arbeidsrechtbank) whose registry receives an appeal.</summary>
public sealed record LetterCourt(string Name, LetterAddress Address);

namespace PrimaWeb.Workflows.Designer.Contract;

/// <summary>A text in the caller's language (<see cref="Text"/>: the culture cookie, claim or Accept-Language), and in French, Dutch and English.</summary>
public sealed record LocalizedTextDto(string? Text, string? Fr, string? Nl, string? En);

namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>Why the allowance is refused: a stable code (for letters), a sentence and the rule behind it.</summary>
public sealed record HeatingRefusal(string Code, string Message, string LegalBasis);

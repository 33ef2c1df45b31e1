namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// The monthly amount granted and the breakdown of its calculation (the stretch of constant legal figures in force at
/// the end of the calculated period, from <see cref="From"/> to <see cref="To"/>). <see cref="Category"/> is the legal
/// RIS category number (1, 2 or 3).
/// </summary>
public sealed record LetterAmount(
    decimal MonthlyAmount,
    int Category,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<LetterBreakdownLine> Lines);

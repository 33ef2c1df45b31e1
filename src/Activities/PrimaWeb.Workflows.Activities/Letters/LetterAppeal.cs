namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// Appeal information: the competent labour court and the last day to appeal, three months after
/// <see cref="NotifiedOn"/> (art. 47 law of 26 May 2002; art. 71 organic law of 8 July 1976).
/// </summary>
public sealed record LetterAppeal(LetterCourt Court, DateOnly NotifiedOn, DateOnly Deadline, int Months);

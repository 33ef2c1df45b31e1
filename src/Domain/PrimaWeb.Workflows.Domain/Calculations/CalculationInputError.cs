namespace PrimaWeb.Workflows.Domain.Calculations;

/// <summary>
/// One input a calculation refused: the field (a JSON path of the request), the rule's code (<see cref="Common.RuleCodes"/>)
/// and its arguments, so that each surface words it in its user's language; <see cref="Message"/> says it in English for logs.
/// </summary>
public sealed record CalculationInputError(string Field, string Code, IReadOnlyList<object> Arguments, string Message);

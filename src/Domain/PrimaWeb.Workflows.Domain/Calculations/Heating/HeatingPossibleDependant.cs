namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>
/// A person living under the same roof who may be a dependant: counted when the net yearly income (without family
/// allowances and child maintenance) is below the limit of the reference data.
/// </summary>
public sealed record HeatingPossibleDependant(string PersonId, decimal NetYearlyIncome);

using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>"Consultation des Allocations Familiales": allowances received as allocataire, or granted for the person as a child.</summary>
public sealed record FamilyAllowancesRequest(Niss SSIN, Period Period);

public sealed record FamilyAllowancesAnswer(Niss SSIN, IReadOnlyList<FamilyAllowanceLine> Allowances);

/// <summary>One right: fund, role of the person (ALLOCATAIRE or CHILD), the child, monthly amount, period.</summary>
public sealed record FamilyAllowanceLine(string Fund, string Role, Niss Child, decimal MonthlyAmount, Period Period);

using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Integrations;

/// <summary>The capacity codes PrimaWeb uses, with their labels and maximum durations (bcss-integrations.md §2).</summary>
public static class CapacityCodes
{
    private static readonly Dictionary<CapacityCode, CapacityCodeInfo> Infos = new CapacityCodeInfo[]
    {
        new(CapacityCode.UnderInvestigation, "Dossier en examen", "Dossier in onderzoek", "Under investigation (en enquête)", MaximumDuration.TwoMonths),
        new(CapacityCode.IntegrationIncome, "Revenu d'intégration", "Leefloon", "DIS – RIS beneficiary", MaximumDuration.OneYear),
        new(CapacityCode.EquivalentIntegrationIncome, "Équivalent revenu d'intégration", "Equivalent leefloon", "Equivalent RIS and Loi 65 beneficiary", MaximumDuration.OneYear),
        new(CapacityCode.OtherAid, "Autre aide", "Andere hulp", "Other aid", MaximumDuration.OneYear),
        new(CapacityCode.Cohabitant, "Cohabitant", "Inwonende", "Cohabitant who is not a beneficiary himself (not even indirectly)", MaximumDuration.OneYear),
        new(CapacityCode.EmploymentMeasure, "Personne occupée par le biais d'un CPAS", "Persoon tewerkgesteld via OCMW", "Beneficiary of employment measures (art. 60 §7, art. 61 organic law)", MaximumDuration.OneYear),
        new(CapacityCode.HeatingAllowance, "Bénéficiaire de l'allocation de chauffage", "Begunstigde verwarmingstoelage", "Main or secondary beneficiary of the federal heating allowance", MaximumDuration.CalendarYear),
    }.ToDictionary(i => i.Code);

    /// <summary>Every code, in BCSS order. Any of them satisfies the "code 1 or better" minimum of the control rules.</summary>
    public static IReadOnlyList<CapacityCode> All { get; } = [.. Infos.Keys.Order()];

    public static CapacityCodeInfo Describe(CapacityCode code) =>
        Infos.TryGetValue(code, out var info)
            ? info
            : throw new DomainValidationException("Code", RuleCodes.UnknownCapacityCode, $"'{code}' is not a capacity code used by PrimaWeb (1 to 6 or 40).", (int)code);

    /// <summary>Reads the number the BCSS sends (e.g. in a ManageAccess listing).</summary>
    public static CapacityCode FromNumber(int number) =>
        Enum.IsDefined((CapacityCode)number)
            ? (CapacityCode)number
            : throw new DomainValidationException("Code", RuleCodes.UnknownCapacityCode, $"Capacity code {number} is not used by PrimaWeb (1 to 6 or 40).", number);
}

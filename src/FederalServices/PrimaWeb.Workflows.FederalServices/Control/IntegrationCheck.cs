using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Control;

/// <summary>What a call needs from the CPAS's integrations: the rule, the persons, and the dates the rule reads.</summary>
/// <param name="Rule">The rule that applies.</param>
/// <param name="Persons">The persons the rule is checked for (for <see cref="IntegrationRule.None"/>: only audited).
/// For a DIS form the first is the main beneficiary and the second the partner; for heating the first is the main
/// beneficiary.</param>
/// <param name="EffectiveDate">For forms: the effective date (DIS form, Loi 65 form A).</param>
/// <param name="Period">For consultations of a period, and the heating period: a day in common is needed.</param>
public sealed record IntegrationCheck(
    IntegrationRule Rule,
    IReadOnlyList<Niss> Persons,
    DateOnly? EffectiveDate = null,
    Period? Period = null)
{
    public static IntegrationCheck None { get; } = new(IntegrationRule.None, []);

    public static IntegrationCheck Consultation(Niss person, Period? period = null) =>
        new(IntegrationRule.Consultation, [person], Period: period);

    public static IntegrationCheck DisForm(DateOnly effectiveDate, Niss mainBeneficiary, Niss? partner) =>
        new(IntegrationRule.DisForm, partner is { } p ? [mainBeneficiary, p] : [mainBeneficiary], effectiveDate);

    public static IntegrationCheck Loi65Form(DateOnly formAEffectiveDate, IReadOnlyList<Niss> personsOfFormA) =>
        new(IntegrationRule.Loi65Form, personsOfFormA, formAEffectiveDate);

    public static IntegrationCheck Heating(Period heatingPeriod, IReadOnlyList<Niss> beneficiaries) =>
        new(IntegrationRule.HeatingAllowance, beneficiaries, Period: heatingPeriod);
}

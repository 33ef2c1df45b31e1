using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Integrations.Control;

/// <summary>
/// The BCSS integration control rules (PrimaWeb seed, "Contrôle des intégrations"), as pure functions over the
/// persons' <see cref="IntegrationRegister"/>s of one CPAS. "Integrated" means covered by a line of any capacity code
/// on the day (code 1 "en enquête" is the minimum, every other code is better). A person without a register is
/// passed as an empty register.
/// </summary>
public static class IntegrationControl
{
    /// <summary>
    /// Consultation of a data flow: each consulted person integrated on <paramref name="consultationDay"/> and, when
    /// the flow needs it (<paramref name="consultedPeriod"/> given), on at least one day of the consulted period.
    /// </summary>
    public static IntegrationVerdict Consultation(
        IEnumerable<IntegrationRegister> consultedPersons, DateOnly consultationDay, DatePeriod? consultedPeriod = null)
    {
        var checks = new List<Check> { Check.OnDay(IntegrationRequirement.OnConsultationDay, consultationDay, "the day of the consultation") };
        if (consultedPeriod is { } period)
        {
            checks.Add(Check.During(IntegrationRequirement.DuringConsultedPeriod, period, "the consulted period"));
        }

        return Evaluate(Required(consultedPersons, nameof(consultedPersons)).Select(p => (p, ControlledRole.ConsultedPerson)), checks);
    }

    /// <summary>Consultation of one person's data.</summary>
    public static IntegrationVerdict Consultation(
        IntegrationRegister consultedPerson, DateOnly consultationDay, DatePeriod? consultedPeriod = null) =>
        Consultation([consultedPerson], consultationDay, consultedPeriod);

    /// <summary>DIS forms (B, C …): main beneficiary and partner integrated on the effective date and on the sending day.</summary>
    public static IntegrationVerdict DisForm(
        IntegrationRegister mainBeneficiary, IntegrationRegister? partner, DateOnly effectiveDate, DateOnly sendingDay)
    {
        var persons = new List<(IntegrationRegister, ControlledRole)> { (mainBeneficiary, ControlledRole.MainBeneficiary) };
        if (partner is not null)
        {
            persons.Add((partner, ControlledRole.Partner));
        }

        return Evaluate(persons, FormChecks(effectiveDate, sendingDay, "the form's effective date"));
    }

    /// <summary>Loi 65 forms: every person of form A integrated on form A's effective date and on the sending day.</summary>
    public static IntegrationVerdict Loi65Form(
        IEnumerable<IntegrationRegister> formAPersons, DateOnly formAEffectiveDate, DateOnly sendingDay) =>
        Evaluate(
            Required(formAPersons, nameof(formAPersons)).Select(p => (p, ControlledRole.FormAPerson)),
            FormChecks(formAEffectiveDate, sendingDay, "form A's effective date"));

    /// <summary>
    /// Heating allowance: the main and every secondary beneficiary integrated on the sending day and on at least one
    /// day of the heating period (the calendar year, closed at the end of February of the next year).
    /// </summary>
    public static IntegrationVerdict HeatingAllowance(
        IntegrationRegister mainBeneficiary,
        IEnumerable<IntegrationRegister> secondaryBeneficiaries,
        DateOnly sendingDay,
        DatePeriod heatingPeriod)
    {
        IEnumerable<(IntegrationRegister, ControlledRole)> persons =
            [(mainBeneficiary, ControlledRole.MainBeneficiary), .. secondaryBeneficiaries.Select(p => (p, ControlledRole.SecondaryBeneficiary))];
        Check[] checks =
        [
            Check.OnDay(IntegrationRequirement.OnSendingDay, sendingDay, "the sending day"),
            Check.During(IntegrationRequirement.DuringHeatingPeriod, heatingPeriod, "the heating period"),
        ];
        return Evaluate(persons, checks);
    }

    private static Check[] FormChecks(DateOnly effectiveDate, DateOnly sendingDay, string effectiveLabel) =>
    [
        Check.OnDay(IntegrationRequirement.OnEffectiveDate, effectiveDate, effectiveLabel),
        Check.OnDay(IntegrationRequirement.OnSendingDay, sendingDay, "the sending day"),
    ];

    private static List<IntegrationRegister> Required(IEnumerable<IntegrationRegister> persons, string name)
    {
        var list = persons.ToList();
        return list.Count > 0 ? list : throw new ArgumentException("At least one person must be checked.", name);
    }

    private static IntegrationVerdict Evaluate(IEnumerable<(IntegrationRegister Register, ControlledRole Role)> persons, IReadOnlyList<Check> checks)
    {
        var list = persons.ToList();
        if (list.Select(p => p.Register.TenantId).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            // Integrations by another CPAS never count for this one; mixing registers is a caller's mistake.
            throw new ArgumentException("The registers belong to different CPAS.", nameof(persons));
        }

        var missing = new List<MissingIntegration>();
        foreach (var (register, role) in list)
        {
            if (!register.HasAnyIntegration)
            {
                missing.Add(NoIntegration(register, role, checks[0]));
                continue;
            }

            missing.AddRange(checks.Where(c => !c.IsSatisfiedBy(register)).Select(c => c.Missing(register, role)));
        }

        return missing.Count == 0 ? IntegrationVerdict.Allowed : new IntegrationVerdict(missing);
    }

    private static MissingIntegration NoIntegration(IntegrationRegister register, ControlledRole role, Check first) =>
        new(
            register.Niss,
            role,
            IntegrationRequirement.AnyIntegration,
            first.Day,
            first.Period,
            CapacityCodes.All,
            $"{Who(register, role)} has no integration with this CPAS; at least an integration {CapacityCodes.Describe(CapacityCode.UnderInvestigation)} is required.");

    private static string Who(IntegrationRegister register, ControlledRole role) => role switch
    {
        ControlledRole.ConsultedPerson => $"The consulted person {register.Niss.Formatted}",
        ControlledRole.MainBeneficiary => $"The main beneficiary {register.Niss.Formatted}",
        ControlledRole.Partner => $"The partner {register.Niss.Formatted}",
        ControlledRole.FormAPerson => $"The form A person {register.Niss.Formatted}",
        _ => $"The secondary beneficiary {register.Niss.Formatted}",
    };

    private sealed record Check(IntegrationRequirement Requirement, DateOnly? Day, DatePeriod? Period, string Label)
    {
        public static Check OnDay(IntegrationRequirement requirement, DateOnly day, string label) => new(requirement, day, null, label);

        public static Check During(IntegrationRequirement requirement, DatePeriod period, string label) => new(requirement, null, period, label);

        public bool IsSatisfiedBy(IntegrationRegister register) =>
            Day is { } day ? register.IsIntegratedOn(day) : register.IsIntegratedDuring(Period!.Value);

        public MissingIntegration Missing(IntegrationRegister register, ControlledRole role)
        {
            var when = Day is { } day
                ? $"on {LegalDate.Format(day)}, {Label}"
                : $"on any day of {Label} {Period}";
            return new MissingIntegration(
                register.Niss,
                role,
                Requirement,
                Day,
                Period,
                CapacityCodes.All,
                $"{Who(register, role)} is not integrated {when}; an integration {CapacityCodes.Describe(CapacityCode.UnderInvestigation)} or any other capacity code is required.");
        }
    }
}

using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>Checks a RIS request and that reference data is in force for it; throws every problem at once.</summary>
internal static class RisInputValidator
{
    public static void Validate(RisCalculationRequest request, RisReferenceData reference)
    {
        var errors = new CalculationInputErrors();
        errors.Defined("category", request.Category);
        var periodValid = request.PeriodEnd >= request.PeriodStart;
        if (!periodValid)
        {
            errors.Add(
                "periodEnd", RuleCodes.EndBeforeStart, $"the period ends ({ReferenceTable.Format(request.PeriodEnd)}) before it starts ({ReferenceTable.Format(request.PeriodStart)}).", request.PeriodEnd, request.PeriodStart);
        }

        ValidateMembers(request, errors);
        ValidateResources(request, errors);
        if (request.Choices.ProRata is { } proRata)
        {
            errors.Defined("choices.proRata", proRata);
        }

        if (request.Choices.GeneralExemptionCumulation is { } cumulation)
        {
            errors.Defined("choices.generalExemptionCumulation", cumulation);
        }

        if (request.Choices.MaintenanceDebtorCounting is { } counting)
        {
            errors.Defined("choices.maintenanceDebtorCounting", counting);
        }

        if (periodValid)
        {
            RequireCoverage(errors, reference.CategoryAmounts, request);
            RequireCategoryAmounts(errors, reference, request);
            RequireCoverage(errors, reference.GeneralExemption, request);
            RequireCoverage(errors, reference.CalculationRules, request);
            for (var i = 0; i < request.Resources.Count; i++)
            {
                var exemption = request.Resources[i].EmploymentExemption;
                if (exemption != EmploymentExemption.None && Enum.IsDefined(exemption))
                {
                    RequireCoverage(errors, reference.EmploymentExemptionTable(exemption), request, $"resources[{i}].employmentExemption");
                }
            }
        }

        if (!reference.CohabitantRules.Covers(request.EffectiveRequestDate))
        {
            errors.NoReferenceData(request.RequestDate is null ? "periodStart" : "requestDate", reference.CohabitantRules, request.EffectiveRequestDate);
        }

        errors.ThrowIfAny();
    }

    private static void ValidateMembers(RisCalculationRequest request, CalculationInputErrors errors)
    {
        var claimants = request.Members.Count(m => m.Relation == CohabitantRelation.Claimant);
        if (claimants != 1)
        {
            errors.Add("members", RuleCodes.OneClaimant, $"exactly one member must be the claimant (found {claimants}).");
        }

        var partners = request.Members.Count(m => m.Relation == CohabitantRelation.Partner);
        if (partners > 1)
        {
            errors.Add("members", RuleCodes.OnePartner, $"at most one member can be the claimant's partner (found {partners}).");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Members.Count; i++)
        {
            var member = request.Members[i];
            if (string.IsNullOrWhiteSpace(member.PersonId))
            {
                errors.Required($"members[{i}].personId", member.PersonId);
            }
            else if (!seen.Add(member.PersonId))
            {
                errors.Add($"members[{i}].personId", RuleCodes.PersonListedTwice, $"'{member.PersonId}' appears more than once.");
            }

            errors.Defined($"members[{i}].relation", member.Relation);
            if (member.CountedSharePercent is { } share)
            {
                if (share is < 0 or > 100)
                {
                    errors.Add($"members[{i}].countedSharePercent", RuleCodes.Between, "must be between 0 and 100.", 0, 100);
                }

                if (member.Relation is not (CohabitantRelation.FirstDegreeAscendant or CohabitantRelation.FirstDegreeDescendant or CohabitantRelation.OtherMaintenanceDebtor))
                {
                    errors.Add(
                        $"members[{i}].countedSharePercent", RuleCodes.ShareOfMaintenanceDebtorOnly, "applies only to a maintenance debtor (ascendant, descendant or other maintenance debtor).");
                }
            }

            if (member.Relation == CohabitantRelation.Partner && request.Category == RisCategory.Isolated)
            {
                errors.Add("category", RuleCodes.PartnerNotIsolated, "a claimant living with a partner is in category 1 (cohabitant) or 3 (family with dependants), not 2 (isolated).");
            }

            if (member.IsDisBeneficiary && member.Relation != CohabitantRelation.Partner)
            {
                errors.Add($"members[{i}].isDisBeneficiary", RuleCodes.DisBeneficiaryPartnerOnly, "is only taken into account for the claimant's partner.");
            }
        }
    }

    private static void ValidateResources(RisCalculationRequest request, CalculationInputErrors errors)
    {
        var members = request.Members.Where(m => !string.IsNullOrWhiteSpace(m.PersonId))
            .GroupBy(m => m.PersonId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < request.Resources.Count; i++)
        {
            var resource = request.Resources[i];
            var field = $"resources[{i}]";
            if (!members.TryGetValue(resource.PersonId ?? string.Empty, out var owner))
            {
                errors.Add($"{field}.personId", RuleCodes.ResourceOfNoMember, $"'{resource.PersonId}' is not a member of the household.");
            }

            errors.Defined($"{field}.kind", resource.Kind);
            errors.NotNegative($"{field}.amount", resource.Amount);
            errors.Defined($"{field}.periodicity", resource.Periodicity);
            errors.Defined($"{field}.employmentExemption", resource.EmploymentExemption);
            errors.Defined($"{field}.exemptBasis", resource.ExemptBasis);
            if (resource.EmploymentExemption != EmploymentExemption.None)
            {
                if (owner is not null && owner.Relation != CohabitantRelation.Claimant)
                {
                    errors.Add($"{field}.employmentExemption", RuleCodes.EmploymentExemptionClaimantOnly, "applies to the claimant's own income only.");
                }

                if (resource.Kind != ResourceKind.EarnedIncome)
                {
                    errors.Add($"{field}.employmentExemption", RuleCodes.EmploymentExemptionEarnedIncomeOnly, "applies to earned income only.");
                }

                if (resource.ExemptBasis != ExemptResourceBasis.None)
                {
                    errors.Add($"{field}.exemptBasis", RuleCodes.ExemptAndEmploymentExemption, "an exempt resource cannot also carry an employment exemption.");
                }
            }
        }
    }

    /// <summary>
    /// An unverified row may give no amount for a category: the calculation needs the claimant's category and, to
    /// count a partner's or a maintenance debtor's resources above it, category 1, on every row of the period.
    /// </summary>
    private static void RequireCategoryAmounts(CalculationInputErrors errors, RisReferenceData reference, RisCalculationRequest request)
    {
        var table = reference.CategoryAmounts;
        if (!Enum.IsDefined(request.Category) || !table.Covers(request.PeriodStart, request.PeriodEnd))
        {
            return;
        }

        var needed = new HashSet<RisCategory> { request.Category };
        if (request.Members.Any(m => m.Relation is not (CohabitantRelation.Claimant or CohabitantRelation.OtherCohabitant)))
        {
            needed.Add(RisCategory.Cohabitant);
        }

        foreach (var date in table.ChangeDates(request.PeriodStart, request.PeriodEnd).Prepend(request.PeriodStart).Distinct())
        {
            foreach (var category in needed.Where(c => !reference.HasCategoryAmount(c, date)))
            {
                errors.Add(
                    "category",
                    RuleCodes.NoReferenceData,
                    $"reference data '{table.Id}' gives no amount for category {(int)category} from {ReferenceTable.Format(table.RowOn(date).From)} (none found in the sources).",
                    date);
            }
        }
    }

    private static void RequireCoverage(CalculationInputErrors errors, ReferenceTable table, RisCalculationRequest request, string? field = null)
    {
        if (!table.Covers(request.PeriodStart))
        {
            errors.NoReferenceData(field ?? "periodStart", table, request.PeriodStart);
        }
        else if (!table.Covers(request.PeriodEnd))
        {
            errors.NoReferenceData(field ?? "periodEnd", table, request.PeriodEnd);
        }
    }
}

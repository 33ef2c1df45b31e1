using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>Turns the RIS request body into the domain request, naming each field it cannot read.</summary>
internal static class RisRequestMapping
{
    public static RisCalculationRequest ToDomain(RisCalculationRequestDto dto, CalculationRequestReader reader)
    {
        var category = reader.Required("category", dto.Category);
        if (dto.Category is { } value && !Enum.IsDefined((RisCategory)value))
        {
            reader.Add("category", RuleCodes.UnknownValue, $"unknown category {value}; expected 1 (cohabitant), 2 (isolated) or 3 (family with dependants).", value);
        }

        if (dto.Members is null || dto.Members.Count == 0)
        {
            reader.Add("members", RuleCodes.OneClaimant, "is required: at least the claimant.");
        }

        var members = (dto.Members ?? []).Select((m, i) => new RisHouseholdMember(
            reader.RequiredText($"members[{i}].personId", m.PersonId),
            reader.Enum<CohabitantRelation>($"members[{i}].relation", m.Relation),
            m.IsDisBeneficiary ?? false,
            reader.OptionalAmount($"members[{i}].countedSharePercent", m.CountedSharePercent))).ToList();
        var resources = (dto.Resources ?? []).Select((r, i) => new RisResource(
            reader.RequiredText($"resources[{i}].personId", r.PersonId),
            reader.Enum<ResourceKind>($"resources[{i}].kind", r.Kind),
            reader.Amount($"resources[{i}].amount", r.Amount),
            reader.EnumOr($"resources[{i}].periodicity", r.Periodicity, ResourcePeriodicity.Monthly),
            reader.EnumOr($"resources[{i}].employmentExemption", r.EmploymentExemption, EmploymentExemption.None),
            reader.EnumOr($"resources[{i}].exemptBasis", r.ExemptBasis, ExemptResourceBasis.None),
            r.FromArticle60Employment ?? false,
            r.Description)).ToList();
        var choices = new RisCpasChoices(
            reader.OptionalEnum<ProRataRule>("choices.proRata", dto.Choices?.ProRata),
            reader.OptionalEnum<GeneralExemptionCumulation>("choices.generalExemptionCumulation", dto.Choices?.GeneralExemptionCumulation),
            reader.OptionalEnum<MaintenanceDebtorCounting>("choices.maintenanceDebtorCounting", dto.Choices?.MaintenanceDebtorCounting));

        return new RisCalculationRequest
        {
            Category = (RisCategory)category,
            PeriodStart = reader.Date("periodStart", dto.PeriodStart),
            PeriodEnd = reader.Date("periodEnd", dto.PeriodEnd),
            RequestDate = reader.OptionalDate("requestDate", dto.RequestDate),
            Members = members,
            Resources = resources,
            Choices = choices,
        };
    }
}

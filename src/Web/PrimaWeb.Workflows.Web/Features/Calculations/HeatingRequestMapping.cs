using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>Turns the heating-allowance request body into the domain request, naming each field it cannot read.</summary>
internal static class HeatingRequestMapping
{
    public static HeatingAllowanceRequest ToDomain(HeatingAllowanceRequestDto dto, CalculationRequestReader reader)
    {
        var category = reader.Required("category", dto.Category);
        if (dto.Category is { } value && !Enum.IsDefined((HeatingCategory)value))
        {
            reader.Add("category", RuleCodes.UnknownValue, $"unknown category {value}; expected 1 (BIM), 2 (low income) or 3 (debt mediation).", value);
        }

        return new HeatingAllowanceRequest
        {
            Category = (HeatingCategory)category,
            Fuel = reader.Enum<HeatingFuel>("fuel", dto.Fuel),
            PurchaseMode = reader.Enum<HeatingPurchaseMode>("purchaseMode", dto.PurchaseMode),
            DeliveryDate = reader.Date("deliveryDate", dto.DeliveryDate),
            RequestDate = reader.Date("requestDate", dto.RequestDate),
            InvoicedLitres = reader.OptionalAmount("invoicedLitres", dto.InvoicedLitres) ?? 0m,
            PricePerLitre = reader.OptionalAmount("pricePerLitre", dto.PricePerLitre) ?? 0m,
            DwellingsCovered = dto.DwellingsCovered ?? 1,
            BimStatus = reader.EnumOr("bimStatus", dto.BimStatus, HeatingBimStatus.None),
            Incomes = (dto.Incomes ?? []).Select((income, i) => new HeatingIncome(
                income.PersonId ?? string.Empty,
                reader.EnumOr($"incomes[{i}].kind", income.Kind, HeatingIncomeKind.TaxableIncome),
                reader.Amount($"incomes[{i}].yearlyAmount", income.YearlyAmount))).ToList(),
            PossibleDependants = (dto.PossibleDependants ?? []).Select((d, i) => new HeatingPossibleDependant(
                d.PersonId ?? string.Empty,
                reader.Amount($"possibleDependants[{i}].netYearlyIncome", d.NetYearlyIncome))).ToList(),
            InDebtMediation = dto.InDebtMediation ?? false,
            CannotPayInvoice = dto.CannotPayInvoice ?? false,
            CpasConfirmsNeed = dto.CpasConfirmsNeed ?? false,
            LitresAlreadyGrantedInPeriod = reader.OptionalAmount("litresAlreadyGrantedInPeriod", dto.LitresAlreadyGrantedInPeriod) ?? 0m,
            BulkAllowanceGrantedInPeriod = dto.BulkAllowanceGrantedInPeriod ?? false,
            PumpAllowanceGrantedInPeriod = dto.PumpAllowanceGrantedInPeriod ?? false,
            ForceMajeure = dto.ForceMajeure ?? false,
            LivesInCareInstitution = dto.LivesInCareInstitution ?? false,
        };
    }
}

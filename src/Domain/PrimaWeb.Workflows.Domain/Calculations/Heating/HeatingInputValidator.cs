using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>Checks a heating-allowance request and that reference data is in force on its delivery date.</summary>
internal static class HeatingInputValidator
{
    public static void Validate(HeatingAllowanceRequest request, HeatingReferenceData reference)
    {
        var errors = new CalculationInputErrors();
        errors.Defined("category", request.Category);
        errors.Defined("fuel", request.Fuel);
        errors.Defined("purchaseMode", request.PurchaseMode);
        errors.Defined("bimStatus", request.BimStatus);
        if (request.RequestDate < request.DeliveryDate)
        {
            errors.Add(
                "requestDate",
                RuleCodes.RequestBeforeDelivery,
                $"the request ({ReferenceTable.Format(request.RequestDate)}) cannot precede the delivery ({ReferenceTable.Format(request.DeliveryDate)}).",
                request.RequestDate,
                request.DeliveryDate);
        }

        if (request.PurchaseMode == HeatingPurchaseMode.Bulk)
        {
            if (request.InvoicedLitres <= 0)
            {
                errors.Add("invoicedLitres", RuleCodes.NotPositive, "must be greater than zero for a bulk delivery.");
            }

            if (request.PricePerLitre <= 0)
            {
                errors.Add("pricePerLitre", RuleCodes.NotPositive, "must be greater than zero for a bulk delivery.");
            }
        }
        else
        {
            errors.NotNegative("invoicedLitres", request.InvoicedLitres);
            errors.NotNegative("pricePerLitre", request.PricePerLitre);
        }

        if (request.DwellingsCovered < 1)
        {
            errors.Add("dwellingsCovered", RuleCodes.NotPositive, "must be at least 1.");
        }

        errors.NotNegative("litresAlreadyGrantedInPeriod", request.LitresAlreadyGrantedInPeriod);
        for (var i = 0; i < request.Incomes.Count; i++)
        {
            errors.Defined($"incomes[{i}].kind", request.Incomes[i].Kind);
            errors.NotNegative($"incomes[{i}].yearlyAmount", request.Incomes[i].YearlyAmount);
        }

        for (var i = 0; i < request.PossibleDependants.Count; i++)
        {
            errors.NotNegative($"possibleDependants[{i}].netYearlyIncome", request.PossibleDependants[i].NetYearlyIncome);
        }

        var tables = new List<ReferenceTable> { reference.RequestDeadline };
        if (Enum.IsDefined(request.Category) && HeatingAllowanceCalculator.NeedsIncomeCheck(request))
        {
            tables.AddRange([reference.IncomeThresholds, reference.IncomeRules]);
        }

        tables.AddRange(request.PurchaseMode == HeatingPurchaseMode.Pump
            ? [reference.PumpFlatAmount]
            : [reference.ReferenceThreshold, reference.AllowanceBands, reference.MaxLitres]);
        foreach (var table in tables.Where(t => !t.Covers(request.DeliveryDate)))
        {
            errors.NoReferenceData("deliveryDate", table, request.DeliveryDate);
        }

        errors.ThrowIfAny();
    }
}

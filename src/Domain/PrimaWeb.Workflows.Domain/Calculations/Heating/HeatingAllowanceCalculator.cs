using System.Globalization;
using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>
/// Decides the heating allowance for one invoice or pump receipt: eligibility (fuel, category, income, deadline,
/// exclusivity) and amount (cents per litre by price band × litres within the yearly maximum, or the flat pump amount).
/// </summary>
public sealed class HeatingAllowanceCalculator(HeatingReferenceData reference)
{
    /// <summary>The checks of the inputs alone, as <see cref="Calculate"/> makes them first: for a step that records a delivery before any calculation.</summary>
    /// <exception cref="InvalidCalculationInputException">The request is invalid or no reference data is in force on the delivery date.</exception>
    public void CheckInputs(HeatingAllowanceRequest request) => HeatingInputValidator.Validate(request, reference);

    /// <exception cref="InvalidCalculationInputException">The request is invalid or no reference data is in force on the delivery date.</exception>
    public HeatingAllowanceResult Calculate(HeatingAllowanceRequest request)
    {
        HeatingInputValidator.Validate(request, reference);
        var lines = new List<CalculationLine>();
        var refusals = new List<HeatingRefusal>();
        var citations = new List<ReferenceCitation>();
        ReferenceRow Row(ReferenceTable table)
        {
            var row = table.RowOn(request.DeliveryDate);
            citations.Add(row.Cite());
            return row;
        }

        var deadline = RequestDeadline(request.DeliveryDate);
        citations.Add(reference.RequestDeadline.RowOn(request.DeliveryDate).Cite());
        refusals.AddRange(CheckDelivery(request.Fuel, request.PurchaseMode, request.DeliveryDate, request.RequestDate, request.ForceMajeure));
        CheckAdmissibility(request, refusals);

        decimal? income = null;
        decimal? limit = null;
        var dependants = 0;
        if (NeedsIncomeCheck(request))
        {
            var thresholds = Row(reference.IncomeThresholds);
            var rules = Row(reference.IncomeRules);
            income = HouseholdIncome(request, rules, lines);
            dependants = request.PossibleDependants.Count(d => d.NetYearlyIncome < thresholds.Amount("dependantIncomeLimit"));
            limit = thresholds.Amount("base") + (dependants * thresholds.Amount("perDependant"));
            lines.Add(new CalculationLine(
                "income-limit",
                $"Income limit with {dependants} dependant(s)",
                limit.Value,
                HeatingLegalBasis.Income,
                Detail: $"{Format(thresholds.Amount("base"))} + {dependants} × {Format(thresholds.Amount("perDependant"))}; dependant if net yearly income < {Format(thresholds.Amount("dependantIncomeLimit"))}"));
            if (income > limit)
            {
                refusals.Add(new HeatingRefusal("income-above-limit", $"Household income {Format(income.Value)} is above the limit {Format(limit.Value)}.", HeatingLegalBasis.Income));
            }
        }

        CheckCategory(request, refusals);

        decimal amount;
        decimal? perLitre = null;
        decimal? litresAllowed = null;
        if (request.PurchaseMode == HeatingPurchaseMode.Pump)
        {
            var flat = Row(reference.PumpFlatAmount).Amount("amount");
            amount = flat;
            lines.Add(new CalculationLine("pump-flat-amount", "Flat allowance for purchases at the pump", flat, HeatingLegalBasis.Amount));
        }
        else
        {
            var threshold = Row(reference.ReferenceThreshold).Amount("threshold");
            var bands = Row(reference.AllowanceBands);
            var maxLitres = Row(reference.MaxLitres).Amount("litres");
            var perDwelling = request.InvoicedLitres / request.DwellingsCovered;
            if (request.DwellingsCovered > 1)
            {
                lines.Add(new CalculationLine("litres-per-dwelling", "Litres per dwelling", perDwelling, HeatingLegalBasis.Amount, Detail: $"{Format(request.InvoicedLitres)} / {request.DwellingsCovered} dwellings"));
            }

            var remaining = Math.Max(0m, maxLitres - request.LitresAlreadyGrantedInPeriod);
            litresAllowed = Math.Min(perDwelling, remaining);
            lines.Add(new CalculationLine(
                "litres-allowed",
                "Litres taken into account",
                litresAllowed.Value,
                HeatingLegalBasis.Amount,
                Detail: $"maximum {Format(maxLitres)} l per heating period, {Format(request.LitresAlreadyGrantedInPeriod)} l already granted"));
            if (remaining == 0)
            {
                refusals.Add(new HeatingRefusal("max-litres-reached", $"The maximum of {Format(maxLitres)} litres for the heating period is already reached.", HeatingLegalBasis.Amount));
            }

            perLitre = AllowancePerLitre(request.PricePerLitre, threshold, bands);
            lines.Add(new CalculationLine(
                "allowance-per-litre",
                "Allowance per litre",
                perLitre.Value,
                HeatingLegalBasis.Amount,
                Detail: $"price {request.PricePerLitre.ToString(CultureInfo.InvariantCulture)} per litre, reference threshold {threshold.ToString(CultureInfo.InvariantCulture)}"));
            amount = MoneyRounding.ToCent(litresAllowed.Value * perLitre.Value);
        }

        var eligible = refusals.Count == 0;
        lines.Add(new CalculationLine("amount", "Heating allowance", eligible ? amount : 0m, HeatingLegalBasis.Amount, Detail: eligible ? null : "refused"));
        return new HeatingAllowanceResult(
            eligible,
            eligible ? amount : 0m,
            refusals,
            deadline,
            income,
            limit,
            dependants,
            perLitre,
            litresAllowed,
            lines,
            citations.Distinct().ToList());
    }

    /// <summary>
    /// Euro per litre for an invoiced price: band k pays base + k cents, band 0 below T + first step, band k ≥ 1 from
    /// T + first step + (k − 1) × step width; capped at the top band. Lower bounds are inclusive.
    /// </summary>
    public static decimal AllowancePerLitre(decimal price, decimal threshold, ReferenceRow bands)
    {
        var baseCents = bands.Amount("baseCentsPerLitre");
        var topCents = bands.Amount("topCentsPerLitre");
        var above = price - threshold - bands.Amount("firstStepAboveThreshold");
        var band = above < 0 ? 0 : 1 + decimal.Floor(above / bands.Amount("stepWidth"));
        return Math.Min(baseCents + band, topCents) / 100m;
    }

    /// <summary>
    /// The reference threshold of a new heating period (art. 1 AR 27 March 2009): coefficient × average maximum price
    /// of the last five calendar years, rounded down to the cent; kept unchanged unless it moves by more than the minimum change.
    /// </summary>
    public decimal ReferenceThresholdFor(DateOnly periodStart, decimal averageMaximumPrice, decimal? previousThreshold)
    {
        var rule = reference.ReferenceThresholdRule.TryRowOn(periodStart) ?? throw new InvalidCalculationInputException(
            [new CalculationInputError("periodStart", Common.RuleCodes.NoReferenceData, [periodStart], $"no reference data '{reference.ReferenceThresholdRule.Id}' is in force on {ReferenceTable.Format(periodStart)}.")]);
        var computed = decimal.Floor(rule.Amount("coefficient") * averageMaximumPrice * 100m) / 100m;
        return previousThreshold is { } previous && Math.Abs(computed - previous) <= rule.Amount("minimumChange")
            ? previous
            : computed;
    }

    internal static bool NeedsIncomeCheck(HeatingAllowanceRequest request) =>
        request.Category == HeatingCategory.LowIncome
        || (request.Category == HeatingCategory.Bim && request.BimStatus == HeatingBimStatus.MemberBim);

    private static decimal HouseholdIncome(HeatingAllowanceRequest request, ReferenceRow rules, List<CalculationLine> lines)
    {
        var total = 0m;
        foreach (var income in request.Incomes)
        {
            var (counted, detail) = income.Kind switch
            {
                HeatingIncomeKind.SelfEmployedResult => (
                    MoneyRounding.ToCent(income.YearlyAmount * rules.Amount("selfEmployedGrossFactor")),
                    $"self-employed result {Format(income.YearlyAmount)} × {rules.Amount("selfEmployedGrossFactor").ToString(CultureInfo.InvariantCulture)}"),
                HeatingIncomeKind.CadastralIncomeOtherProperty => (
                    MoneyRounding.ToCent(income.YearlyAmount * rules.Amount("otherPropertyCadastralMultiplier")),
                    $"cadastral income {Format(income.YearlyAmount)} × {rules.Amount("otherPropertyCadastralMultiplier").ToString(CultureInfo.InvariantCulture)}"),
                _ => (income.YearlyAmount, (string?)null),
            };
            lines.Add(new CalculationLine("household-income", $"Gross taxable income ({income.Kind})", counted, HeatingLegalBasis.Income, income.PersonId, detail));
            total += counted;
        }

        lines.Add(new CalculationLine("household-income-total", "Gross taxable household income", total, HeatingLegalBasis.Income));
        return total;
    }

    /// <summary>The last day a request may be filed for a delivery (60 days counted from the day after it, deadlines.md §5).</summary>
    public DateOnly RequestDeadline(DateOnly deliveryDate) =>
        deliveryDate.AddDays((int)reference.RequestDeadline.RowOn(deliveryDate).Amount("daysAfterDelivery"));

    /// <summary>
    /// What refuses a delivery before anything else is known: a fuel or purchase mode not eligible, a request after the
    /// deadline without force majeure. Checked when the delivery is recorded and again by <see cref="Calculate"/>.
    /// </summary>
    public IReadOnlyList<HeatingRefusal> CheckDelivery(HeatingFuel fuel, HeatingPurchaseMode purchaseMode, DateOnly deliveryDate, DateOnly requestDate, bool forceMajeure)
    {
        var refusals = new List<HeatingRefusal>();
        var fuelAllowed = (fuel, purchaseMode) switch
        {
            (HeatingFuel.HeatingGasOil, _) => true,
            (HeatingFuel.LampPetroleumTypeC, HeatingPurchaseMode.Pump) => true,
            (HeatingFuel.BulkPropane, HeatingPurchaseMode.Bulk) => true,
            _ => false,
        };
        if (!fuelAllowed)
        {
            refusals.Add(new HeatingRefusal("fuel-not-eligible", $"{fuel} bought {(purchaseMode == HeatingPurchaseMode.Bulk ? "in bulk" : "at the pump")} is not an eligible fuel.", HeatingLegalBasis.Fuel));
        }

        var deadline = RequestDeadline(deliveryDate);
        if (requestDate > deadline && !forceMajeure)
        {
            refusals.Add(new HeatingRefusal("late-request", $"The request was filed after the deadline of {ReferenceTable.Format(deadline)} and no force majeure was confirmed.", HeatingLegalBasis.Deadline));
        }

        return refusals;
    }

    private static void CheckAdmissibility(HeatingAllowanceRequest request, List<HeatingRefusal> refusals)
    {
        if (request.DeliveryAlreadyPaid)
        {
            refusals.Add(new HeatingRefusal("delivery-already-paid", "The Fund already paid an allowance for this delivery.", HeatingLegalBasis.Exclusive));
        }

        if (request.LivesInCareInstitution)
        {
            refusals.Add(new HeatingRefusal("care-institution", "Residents of rest homes and hospitals are excluded.", HeatingLegalBasis.CareInstitution));
        }

        if (request.PurchaseMode == HeatingPurchaseMode.Pump && (request.BulkAllowanceGrantedInPeriod || request.PumpAllowanceGrantedInPeriod))
        {
            refusals.Add(new HeatingRefusal("pump-exclusive", "A pump allowance cannot follow a bulk or pump allowance in the same heating period.", HeatingLegalBasis.Exclusive));
        }

        if (request.PurchaseMode == HeatingPurchaseMode.Bulk && request.PumpAllowanceGrantedInPeriod)
        {
            refusals.Add(new HeatingRefusal("bulk-exclusive", "A bulk allowance cannot follow a pump allowance in the same heating period.", HeatingLegalBasis.Exclusive));
        }
    }

    private static void CheckCategory(HeatingAllowanceRequest request, List<HeatingRefusal> refusals)
    {
        if (request.Category == HeatingCategory.Bim && request.BimStatus == HeatingBimStatus.None)
        {
            refusals.Add(new HeatingRefusal("not-bim", "Category 1 requires entitlement to increased reimbursement (BIM).", HeatingLegalBasis.General));
        }

        if (request.Category == HeatingCategory.DebtMediation && !(request.InDebtMediation && request.CannotPayInvoice && request.CpasConfirmsNeed))
        {
            refusals.Add(new HeatingRefusal(
                "debt-mediation-conditions",
                "Category 3 requires debt mediation or collective debt settlement, inability to pay the invoice and the need confirmed by the CPAS.",
                HeatingLegalBasis.General));
        }
    }

    private static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

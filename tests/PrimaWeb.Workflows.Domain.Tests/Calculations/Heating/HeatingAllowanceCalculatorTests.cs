using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Heating;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations.Heating;

/// <summary>The worked examples H-1 … H-18 of the domain notes (heating-allowance.md §6) and edge cases.</summary>
public class HeatingAllowanceCalculatorTests
{
    private static readonly HeatingReferenceData Reference = HeatingReferenceData.From(RepositoryReferenceData.Set);
    private readonly HeatingAllowanceCalculator calculator = new(Reference);

    private static HeatingAllowanceRequest Bulk(decimal litres, decimal price, DateOnly delivery) => new()
    {
        Category = HeatingCategory.LowIncome,
        Fuel = HeatingFuel.HeatingGasOil,
        PurchaseMode = HeatingPurchaseMode.Bulk,
        DeliveryDate = delivery,
        RequestDate = delivery.AddDays(10),
        InvoicedLitres = litres,
        PricePerLitre = price,
        Incomes = [new HeatingIncome("claimant", HeatingIncomeKind.TaxableIncome, 15000m)],
    };

    private static decimal PerLitre(decimal price, DateOnly delivery) =>
        HeatingAllowanceCalculator.AllowancePerLitre(price, Reference.ReferenceThreshold.RowOn(delivery).Amount("threshold"), Reference.AllowanceBands.RowOn(delivery));

    [Fact]
    public void Calculate_H1_PriceInLowestBand_Pays14CentsPerLitre()
    {
        var result = calculator.Calculate(Bulk(1000m, 0.95m, new DateOnly(2022, 3, 1)));

        result.Eligible.ShouldBeTrue();
        result.AllowancePerLitre.ShouldBe(0.14m);
        result.Amount.ShouldBe(140.00m);
    }

    [Fact]
    public void Calculate_H2_BeforeJuly2022_CapsAt1500Litres()
    {
        var result = calculator.Calculate(Bulk(1800m, 1.10m, new DateOnly(2022, 3, 1)));

        result.AllowancePerLitre.ShouldBe(0.20m);
        result.LitresAllowed.ShouldBe(1500m);
        result.Amount.ShouldBe(300.00m);
    }

    [Fact]
    public void Calculate_H3_CrisisRegime_Band6Pays20Cents()
    {
        var result = calculator.Calculate(Bulk(1800m, 1.10m, new DateOnly(2022, 10, 1)));

        result.AllowancePerLitre.ShouldBe(0.20m);
        result.Amount.ShouldBe(360.00m);
    }

    [Fact]
    public void Calculate_H4_CrisisTopBand_Pays36CentsOn2000Litres()
    {
        var result = calculator.Calculate(Bulk(2500m, 1.50m, new DateOnly(2022, 10, 15)));

        result.AllowancePerLitre.ShouldBe(0.36m);
        result.LitresAllowed.ShouldBe(2000m);
        result.Amount.ShouldBe(720.00m);
    }

    [Theory]
    [InlineData(0.97, "2022-03-01", 0.15)]
    [InlineData(0.9699, "2022-03-01", 0.14)]
    [InlineData(1.12, "2022-10-01", 0.21)]
    [InlineData(1.12, "2022-03-01", 0.20)]
    [InlineData(1.095, "2022-03-01", 0.20)]
    [InlineData(1.0949, "2022-03-01", 0.19)]
    [InlineData(1.495, "2022-10-01", 0.36)]
    [InlineData(1.4949, "2022-10-01", 0.35)]
    public void AllowancePerLitre_H5toH7_LowerBoundsAreInclusive(decimal price, string delivery, decimal expected)
    {
        PerLitre(price, DateOnly.Parse(delivery, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Fact]
    public void Calculate_H8_BuildingInvoice_DividesLitresByDwellings()
    {
        var result = calculator.Calculate(Bulk(6000m, 0.95m, new DateOnly(2025, 3, 1)) with { DwellingsCovered = 4 });

        result.Lines.Single(l => l.Code == "litres-per-dwelling").Amount.ShouldBe(1500m);
        result.LitresAllowed.ShouldBe(1500m);
    }

    [Theory]
    [InlineData(33000, true)]
    [InlineData(33998.45, true)]
    [InlineData(35000, false)]
    public void Calculate_H9_TwoDependants_LimitIs33998_45(decimal income, bool eligible)
    {
        var request = Bulk(1000m, 0.95m, new DateOnly(2025, 3, 1)) with
        {
            Incomes = [new HeatingIncome("claimant", HeatingIncomeKind.TaxableIncome, income)],
            PossibleDependants = [new HeatingPossibleDependant("child1", 0m), new HeatingPossibleDependant("child2", 1200m)],
        };

        var result = calculator.Calculate(request);

        result.Dependants.ShouldBe(2);
        result.IncomeLimit.ShouldBe(33998.45m);
        result.Eligible.ShouldBe(eligible);
        if (!eligible)
        {
            result.Refusals.ShouldHaveSingleItem().Code.ShouldBe("income-above-limit");
            result.Amount.ShouldBe(0m);
        }
    }

    [Fact]
    public void Calculate_H10_OneDependant_LimitIs29406_60()
    {
        var request = Bulk(1000m, 0.95m, new DateOnly(2025, 3, 1)) with { PossibleDependants = [new HeatingPossibleDependant("child", 0m)] };

        calculator.Calculate(request).IncomeLimit.ShouldBe(29406.60m);
    }

    [Fact]
    public void Calculate_H11_SelfEmployedResult_GrossIsAmountTimes100Over80()
    {
        var request = Bulk(1000m, 0.95m, new DateOnly(2025, 3, 1)) with { Incomes = [new HeatingIncome("claimant", HeatingIncomeKind.SelfEmployedResult, 12000m)] };

        calculator.Calculate(request).HouseholdIncome.ShouldBe(15000m);
    }

    [Fact]
    public void Calculate_H12_SecondProperty_AddsThreeTimesCadastralIncome()
    {
        var request = Bulk(1000m, 0.95m, new DateOnly(2025, 3, 1)) with
        {
            Incomes = [new HeatingIncome("claimant", HeatingIncomeKind.TaxableIncome, 15000m), new HeatingIncome("claimant", HeatingIncomeKind.CadastralIncomeOtherProperty, 800m)],
        };

        calculator.Calculate(request).HouseholdIncome.ShouldBe(17400m);
    }

    [Fact]
    public void Calculate_H13_MemberEarningAboveLimit_IsNotADependant()
    {
        var request = Bulk(1000m, 0.95m, new DateOnly(2025, 3, 1)) with { PossibleDependants = [new HeatingPossibleDependant("adult", 4000m)] };

        var result = calculator.Calculate(request);

        result.Dependants.ShouldBe(0);
        result.IncomeLimit.ShouldBe(24814.75m);
    }

    [Fact]
    public void Calculate_H14_OmnioHousehold_Category1WithoutIncomeCheck()
    {
        var request = Bulk(1000m, 0.95m, new DateOnly(2025, 3, 1)) with
        {
            Category = HeatingCategory.Bim,
            BimStatus = HeatingBimStatus.Omnio,
            Incomes = [new HeatingIncome("claimant", HeatingIncomeKind.TaxableIncome, 90000m)],
        };

        var result = calculator.Calculate(request);

        result.Eligible.ShouldBeTrue();
        result.IncomeLimit.ShouldBeNull();
    }

    [Fact]
    public void Calculate_Category1MemberBimAboveLimit_IsRefused()
    {
        var request = Bulk(1000m, 0.95m, new DateOnly(2025, 3, 1)) with
        {
            Category = HeatingCategory.Bim,
            BimStatus = HeatingBimStatus.MemberBim,
            Incomes = [new HeatingIncome("claimant", HeatingIncomeKind.TaxableIncome, 30000m)],
        };

        calculator.Calculate(request).Refusals.ShouldHaveSingleItem().Code.ShouldBe("income-above-limit");
    }

    [Fact]
    public void Calculate_H15_BottledPropane_IsRejected()
    {
        var result = calculator.Calculate(Bulk(500m, 0.95m, new DateOnly(2025, 3, 1)) with { Fuel = HeatingFuel.BottledPropaneOrButane });

        result.Eligible.ShouldBeFalse();
        result.Refusals.ShouldHaveSingleItem().Code.ShouldBe("fuel-not-eligible");
    }

    [Fact]
    public void Calculate_H16_PumpAfterBulkInSamePeriod_IsRejected()
    {
        var request = Bulk(0m, 0m, new DateOnly(2025, 3, 1)) with { PurchaseMode = HeatingPurchaseMode.Pump, BulkAllowanceGrantedInPeriod = true };

        var result = calculator.Calculate(request);

        result.Eligible.ShouldBeFalse();
        result.Refusals.ShouldHaveSingleItem().Code.ShouldBe("pump-exclusive");
    }

    [Fact]
    public void Calculate_PumpPurchase_PaysTheFlatAmount()
    {
        var request = Bulk(0m, 0m, new DateOnly(2022, 9, 1)) with { PurchaseMode = HeatingPurchaseMode.Pump };

        calculator.Calculate(request).Amount.ShouldBe(456.00m);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Calculate_H17_RequestAfterDeadline_IsLateUnlessForceMajeure(bool forceMajeure, bool eligible)
    {
        var request = Bulk(1000m, 0.95m, new DateOnly(2025, 1, 10)) with { RequestDate = new DateOnly(2025, 3, 12), ForceMajeure = forceMajeure };

        var result = calculator.Calculate(request);

        result.RequestDeadline.ShouldBe(new DateOnly(2025, 3, 11));
        result.Eligible.ShouldBe(eligible);
        if (!eligible)
        {
            result.Refusals.ShouldHaveSingleItem().Code.ShouldBe("late-request");
        }
    }

    [Fact]
    public void Calculate_RequestOnTheDeadline_IsInTime()
    {
        var request = Bulk(1000m, 0.95m, new DateOnly(2025, 1, 10)) with { RequestDate = new DateOnly(2025, 3, 11) };

        calculator.Calculate(request).Eligible.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0.6, 0.77, 0.77)]
    [InlineData(0.6, null, 0.78)]
    [InlineData(0.7, 0.77, 0.91)]
    [InlineData(0.63846, null, 0.82)]
    public void ReferenceThresholdFor_H18_RoundsDownAndIgnoresSmallChanges(decimal average, double? previous, decimal expected)
    {
        calculator.ReferenceThresholdFor(new DateOnly(2025, 1, 1), average, previous is null ? null : (decimal)previous.Value).ShouldBe(expected);
    }

    [Fact]
    public void Calculate_LitresAlreadyGranted_LimitsToTheRemainder()
    {
        var result = calculator.Calculate(Bulk(1000m, 0.95m, new DateOnly(2025, 3, 1)) with { LitresAlreadyGrantedInPeriod = 1800m });

        result.LitresAllowed.ShouldBe(200m);
        result.Amount.ShouldBe(28.00m);
    }

    [Fact]
    public void Calculate_DebtMediationWithoutCpasConfirmation_IsRefused()
    {
        var request = Bulk(1000m, 0.95m, new DateOnly(2025, 3, 1)) with { Category = HeatingCategory.DebtMediation, InDebtMediation = true, CannotPayInvoice = true };

        calculator.Calculate(request).Refusals.ShouldHaveSingleItem().Code.ShouldBe("debt-mediation-conditions");
    }

    [Fact]
    public void Calculate_InvalidInput_NamesEachField()
    {
        var request = Bulk(-5m, 0.95m, new DateOnly(2025, 3, 1)) with
        {
            Category = (HeatingCategory)9,
            RequestDate = new DateOnly(2025, 2, 1),
            Incomes = [new HeatingIncome("claimant", HeatingIncomeKind.TaxableIncome, -1m)],
        };

        var errors = Should.Throw<InvalidCalculationInputException>(() => calculator.Calculate(request)).Errors;

        errors.Select(e => e.Field).ShouldBe(["category", "requestDate", "invoicedLitres", "incomes[0].yearlyAmount"], ignoreOrder: true);
    }

    [Fact]
    public void CheckInputs_RefusesWhatCalculateRefusesAndLeavesAValidRequestAlone()
    {
        var invalid = Bulk(-5m, 0.95m, new DateOnly(2025, 3, 1));

        var errors = Should.Throw<InvalidCalculationInputException>(() => calculator.CheckInputs(invalid)).Errors;

        errors.Select(e => e.Field).ShouldBe(["invoicedLitres"]);
        Should.NotThrow(() => calculator.CheckInputs(Bulk(1000m, 0.95m, new DateOnly(2025, 3, 1))));
    }

    [Fact]
    public void Calculate_DeliveryBeforeReferenceData_NamesDeliveryDate()
    {
        var errors = Should.Throw<InvalidCalculationInputException>(() => calculator.Calculate(Bulk(1000m, 0.95m, new DateOnly(2021, 6, 1)))).Errors;

        errors.ShouldAllBe(e => e.Field == "deliveryDate");
        errors.ShouldContain(e => e.Message.Contains("heating.referenceThreshold"));
    }
}

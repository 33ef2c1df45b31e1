using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Loi65;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations.Loi65;

/// <summary>Form D1 statements; worked examples L-7 … L-9, L-14 (loi65.md) and D-8 … D-10 (deadlines.md).</summary>
public class Loi65StatementBuilderTests
{
    private static readonly DateOnly AidStart = new(2019, 1, 1);
    private readonly Loi65StatementBuilder builder = new(Loi65ReferenceData.From(RepositoryReferenceData.Set));

    private static Loi65StatementRequest Request(Loi65B1Decision b1, params Loi65Expense[] expenses) => new()
    {
        FileNumber = "AB12",
        MainBeneficiaryId = "main",
        B1 = b1,
        Expenses = expenses,
    };

    private static Loi65B1Decision B1(string status = "B", Loi65B1Status state = Loi65B1Status.Accepted, DateOnly? received = null) =>
        new(state, status, [Loi65AidType.FinancialAid, Loi65AidType.MedicalCosts], AidStart, received ?? new DateOnly(2019, 1, 20));

    [Fact]
    public void Build_ExpensesOfSeveralMonthsAndPersons_TotalsPerMonthAidTypeAndPerson()
    {
        var result = builder.Build(Request(
            B1(),
            new Loi65Expense("main", new DateOnly(2019, 1, 5), Loi65AidType.FinancialAid, 700.00m),
            new Loi65Expense("partner", new DateOnly(2019, 1, 20), Loi65AidType.MedicalCosts, 45.10m),
            new Loi65Expense("main", new DateOnly(2019, 1, 28), Loi65AidType.MedicalCosts, 12.35m),
            new Loi65Expense("main", new DateOnly(2019, 2, 5), Loi65AidType.FinancialAid, 700.00m)));

        result.Statements.Count.ShouldBe(2);
        var january = result.Statements[0];
        january.Month.ShouldBe(1);
        january.Total.ShouldBe(757.45m);
        january.ByAidType.Single(t => t.AidType == Loi65AidType.MedicalCosts).Amount.ShouldBe(57.45m);
        january.ByPerson.Single(p => p.PersonId == "main").Amount.ShouldBe(712.35m);
        january.ByPerson.Single(p => p.PersonId == "partner").Amount.ShouldBe(45.10m);
        january.StateShareRate.ShouldBe(1.00m);
        january.StateShare.ShouldBe(757.45m);
        result.Statements[1].Total.ShouldBe(700.00m);
        result.Rejected.ShouldBeEmpty();
    }

    [Fact]
    public void Build_L7_NoAcceptedB1_RejectsEveryExpense()
    {
        var result = builder.Build(Request(B1(state: Loi65B1Status.NotSent), new Loi65Expense("main", new DateOnly(2019, 1, 5), Loi65AidType.FinancialAid, 700m)));

        result.Statements.ShouldBeEmpty();
        result.Rejected.ShouldHaveSingleItem().Code.ShouldBe("b1-not-accepted");
    }

    [Fact]
    public void Build_BlockedB1_RejectsEveryExpense()
    {
        var result = builder.Build(Request(B1(state: Loi65B1Status.Blocked), new Loi65Expense("main", new DateOnly(2019, 1, 5), Loi65AidType.MedicalCosts, 10m)));

        result.Rejected.ShouldHaveSingleItem().Code.ShouldBe("b1-not-accepted");
    }

    [Fact]
    public void Build_L8_FinancialAidForStatusC_IsRejected()
    {
        var result = builder.Build(Request(B1("C"), new Loi65Expense("main", new DateOnly(2019, 1, 5), Loi65AidType.FinancialAid, 700m)));

        result.Rejected.ShouldHaveSingleItem().Code.ShouldBe("status-not-allowed");
    }

    [Fact]
    public void Build_L9_MedicalCostsForStatusC_AreAllowed()
    {
        var result = builder.Build(Request(B1("C"), new Loi65Expense("main", new DateOnly(2019, 1, 5), Loi65AidType.MedicalCosts, 80m)));

        result.Rejected.ShouldBeEmpty();
        result.Statements.ShouldHaveSingleItem().Total.ShouldBe(80m);
    }

    [Fact]
    public void Build_AidTypeNotNotifiedOnB1_IsRejected()
    {
        var result = builder.Build(Request(B1(), new Loi65Expense("main", new DateOnly(2019, 1, 5), Loi65AidType.Housing, 300m)));

        result.Rejected.ShouldHaveSingleItem().Code.ShouldBe("aid-type-not-notified");
    }

    [Fact]
    public void Build_D8_B1ReceivedOnDay44_LosesNothing()
    {
        var result = builder.Build(Request(B1(received: new DateOnly(2019, 2, 14)), new Loi65Expense("main", new DateOnly(2019, 1, 2), Loi65AidType.FinancialAid, 700m)));

        result.ReimbursedFrom.ShouldBeNull();
        result.Rejected.ShouldBeEmpty();
    }

    [Fact]
    public void Build_L14_B1ReceivedLate_ExcludesExpensesBefore45DaysPrecedingTheSending()
    {
        var result = builder.Build(Request(
            B1(received: new DateOnly(2019, 4, 1)),
            new Loi65Expense("main", new DateOnly(2019, 2, 14), Loi65AidType.FinancialAid, 100m),
            new Loi65Expense("main", new DateOnly(2019, 2, 15), Loi65AidType.FinancialAid, 200m)));

        result.ReimbursedFrom.ShouldBe(new DateOnly(2019, 2, 15));
        result.Rejected.ShouldHaveSingleItem().Expense.Amount.ShouldBe(100m);
        result.Rejected[0].Code.ShouldBe("b1-late");
        result.Statements.ShouldHaveSingleItem().Total.ShouldBe(200m);
    }

    [Theory]
    [InlineData(2025, 2, "2026-03-31")]
    [InlineData(2025, 3, "2026-03-31")]
    [InlineData(2025, 4, "2026-06-30")]
    [InlineData(2024, 12, "2025-12-31")]
    public void SendBy_D10_TwelveMonthsAfterTheEndOfTheQuarter(int year, int month, string expected)
    {
        Loi65StatementBuilder.SendBy(year, month, 12).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Build_Statement_CarriesItsSendByDate()
    {
        var result = builder.Build(Request(B1(), new Loi65Expense("main", new DateOnly(2019, 2, 5), Loi65AidType.FinancialAid, 1m)));

        result.Statements.ShouldHaveSingleItem().SendBy.ShouldBe(new DateOnly(2020, 3, 31));
    }

    [Fact]
    public void Build_InvalidInput_NamesEachField()
    {
        var draft = Request(
            B1("bb"),
            new Loi65Expense("main", new DateOnly(2019, 1, 5), (Loi65AidType)99, 1m),
            new Loi65Expense("", new DateOnly(2019, 1, 5), Loi65AidType.FinancialAid, -3m));
        var request = draft with { FileNumber = " " };

        var errors = Should.Throw<InvalidCalculationInputException>(() => builder.Build(request)).Errors;

        errors.Select(e => e.Field).ShouldBe(["fileNumber", "b1.beneficiaryStatus", "expenses[0].aidType", "expenses[1].personId", "expenses[1].amount"], ignoreOrder: true);
    }

    [Fact]
    public void Build_ExpenseBeforeReferenceData_NamesTheDate()
    {
        var request = Request(B1() with { AidStart = new DateOnly(2001, 1, 1) }, new Loi65Expense("main", new DateOnly(2001, 6, 5), Loi65AidType.FinancialAid, 1m));

        var errors = Should.Throw<InvalidCalculationInputException>(() => builder.Build(request)).Errors;

        errors.ShouldContain(e => e.Field == "expenses[0].date");
        errors.ShouldContain(e => e.Field == "b1.aidStart");
    }
}

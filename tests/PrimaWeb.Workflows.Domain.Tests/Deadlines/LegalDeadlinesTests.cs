using PrimaWeb.Workflows.Domain.Deadlines;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.Deadlines;

public class LegalDeadlinesTests
{
    [Fact]
    public void DecisionDue_RequestOf3March_Is2April()
    {
        LegalDeadlines.DecisionDue(D(3, 3, 2025)).ShouldBe(D(2, 4, 2025)); // D-1
    }

    [Fact]
    public void NotificationAndPayment_DecisionOf10April_Are18And25April()
    {
        LegalDeadlines.NotificationDue(D(10, 4, 2025)).ShouldBe(D(18, 4, 2025)); // D-3
        LegalDeadlines.FirstPaymentDue(D(10, 4, 2025)).ShouldBe(D(25, 4, 2025));
        LegalDeadlines.LatePaymentInterestFrom(D(10, 4, 2025)).ShouldBe(D(26, 4, 2025));
    }

    [Fact]
    public void LateDecisionInterestFrom_RequestOf3March_Is18April()
    {
        LegalDeadlines.LateDecisionInterestFrom(D(3, 3, 2025)).ShouldBe(D(18, 4, 2025)); // D-2
    }

    [Fact]
    public void DisForm_DecisionOf15March_IsDue8AprilWithLossFrom15May()
    {
        LegalDeadlines.DisFormDue(D(15, 3, 2025)).ShouldBe(D(8, 4, 2025)); // D-4
        LegalDeadlines.DisReimbursementLossFrom(D(15, 3, 2025)).ShouldBe(D(15, 5, 2025));
    }

    [Fact]
    public void DisForm_DecisionOnTheLastDayOfJanuary_IsDue8FebruaryWithLossFrom17March()
    {
        LegalDeadlines.DisFormDue(D(31, 1, 2025)).ShouldBe(D(8, 2, 2025)); // D-7
        LegalDeadlines.DisReimbursementLossFrom(D(31, 1, 2025)).ShouldBe(D(17, 3, 2025));
    }

    [Fact]
    public void A036Due_DecisionOf5May_Is12May()
    {
        LegalDeadlines.A036Due(D(5, 5, 2025)).ShouldBe(D(12, 5, 2025)); // D-12
    }

    [Fact]
    public void Loi65FormB_AidFrom1January2019_IsDue15February()
    {
        LegalDeadlines.Loi65FormBDue(D(1, 1, 2019), 45).ShouldBe(D(15, 2, 2019)); // D-8, D-9
    }

    [Theory]
    [InlineData(1, 2, 2025, 31, 3, 2026)] // D-10: expenses of February, quarter ends 31/03/2025
    [InlineData(15, 4, 2025, 30, 6, 2026)]
    [InlineData(31, 12, 2024, 31, 12, 2025)]
    public void Loi65FormD_IsDue12MonthsAfterTheEndOfTheExpensesQuarter(int day, int month, int year, int dueDay, int dueMonth, int dueYear)
    {
        LegalDeadlines.Loi65FormDDue(D(day, month, year), 12).ShouldBe(D(dueDay, dueMonth, dueYear));
    }
}

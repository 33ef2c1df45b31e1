using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>
/// Builds the monthly cost statements (form D1) of a Loi 65 file: keeps the expenses the State can reimburse (accepted,
/// unblocked B1 notifying the aid type; status allowed for the aid type; not lost by a late B1), totals them per month,
/// aid type and person, and computes the State's share.
/// </summary>
public sealed class Loi65StatementBuilder(Loi65ReferenceData reference)
{
    private const string B1Basis = "form B1, law of 2 April 1965 (primabook.mi-is.be loi-65)";
    private const string LateB1Basis = "art. 9 law of 2 April 1965 (primabook.mi-is.be fr/node/53)";
    private const string StatusBasis = "aid types by beneficiary status (primabook.mi-is.be formulaire-b1)";

    /// <exception cref="InvalidCalculationInputException">The request is invalid or no reference data is in force for it.</exception>
    public Loi65StatementResult Build(Loi65StatementRequest request)
    {
        Validate(request);
        var b1 = request.B1;
        var citations = new List<ReferenceCitation>();
        var deadlines = reference.Deadlines.RowOn(b1.AidStart);
        citations.Add(deadlines.Cite());
        citations.Add(reference.AidTypeStatuses.RowOn(b1.AidStart).Cite());

        var b1Days = reference.B1DaysAfterAidStart(b1.AidStart);
        var b1Deadline = reference.B1Due(b1.AidStart);
        DateOnly? reimbursedFrom = b1.ReceivedBySppIs > b1Deadline ? b1.ReceivedBySppIs.AddDays(-b1Days) : null;

        var kept = new List<Loi65Expense>();
        var rejected = new List<Loi65RejectedExpense>();
        for (var i = 0; i < request.Expenses.Count; i++)
        {
            var expense = request.Expenses[i];
            if (RejectionOf(expense, b1, reimbursedFrom) is { } rejection)
            {
                rejected.Add(new Loi65RejectedExpense(i, expense, rejection.Code, rejection.Reason, rejection.Basis));
            }
            else
            {
                kept.Add(expense);
            }
        }

        var claimMonths = (int)deadlines.Amount("expenseClaimMonthsAfterQuarter");
        var statements = kept
            .GroupBy(e => (e.Date.Year, e.Date.Month))
            .OrderBy(g => g.Key)
            .Select(month =>
            {
                var rateRow = reference.StateShare.RowOn(new DateOnly(month.Key.Year, month.Key.Month, 1));
                citations.Add(rateRow.Cite());
                var rate = rateRow.Amount("rate");
                var total = month.Sum(e => e.Amount);
                return new Loi65MonthlyStatement(
                    request.FileNumber,
                    request.MainBeneficiaryId,
                    month.Key.Year,
                    month.Key.Month,
                    month.GroupBy(e => e.AidType).OrderBy(g => g.Key).Select(g => new Loi65AidTypeTotal(g.Key, g.Sum(e => e.Amount))).ToList(),
                    month.GroupBy(e => e.PersonId, StringComparer.Ordinal).Select(g => new Loi65PersonTotal(g.Key, g.Sum(e => e.Amount), MoneyRounding.ToCent(g.Sum(e => e.Amount) * rate))).ToList(),
                    total,
                    rate,
                    MoneyRounding.ToCent(total * rate),
                    SendBy(month.Key.Year, month.Key.Month, claimMonths));
            })
            .ToList();

        return new Loi65StatementResult(statements, rejected, reimbursedFrom, citations.Distinct().ToList());
    }

    /// <summary>Last day to send the claim of a month: the end of its quarter plus the given number of months (art. 12).</summary>
    public static DateOnly SendBy(int year, int month, int monthsAfterQuarter)
    {
        var quarterEndMonth = ((month - 1) / 3 * 3) + 3;
        var quarterEnd = new DateOnly(year, quarterEndMonth, 1).AddMonths(1).AddDays(-1);
        var target = quarterEnd.AddMonths(monthsAfterQuarter);
        return new DateOnly(target.Year, target.Month, DateTime.DaysInMonth(target.Year, target.Month));
    }

    private (string Code, string Reason, string Basis)? RejectionOf(Loi65Expense expense, Loi65B1Decision b1, DateOnly? reimbursedFrom)
    {
        if (b1.Status != Loi65B1Status.Accepted)
        {
            return ("b1-not-accepted", $"The file's B1 is {b1.Status}; only aid notified on an accepted, unblocked B1 is reimbursed.", B1Basis);
        }

        if (!b1.NotifiedAidTypes.Contains(expense.AidType))
        {
            return ("aid-type-not-notified", $"{expense.AidType} was not notified on the B1.", B1Basis);
        }

        if (expense.Date < b1.AidStart)
        {
            return ("before-aid-start", $"The expense precedes the start of the aid ({ReferenceTable.Format(b1.AidStart)}).", B1Basis);
        }

        if (!reference.AllowedStatuses(expense.AidType, b1.AidStart).Contains(b1.BeneficiaryStatus))
        {
            return ("status-not-allowed", $"{expense.AidType} is not reimbursed for beneficiary status {b1.BeneficiaryStatus}.", StatusBasis);
        }

        if (reimbursedFrom is { } from && expense.Date < from)
        {
            return ("b1-late", $"The B1 reached SPP IS late: expenses before {ReferenceTable.Format(from)} are not reimbursed.", LateB1Basis);
        }

        return null;
    }

    private void Validate(Loi65StatementRequest request)
    {
        var errors = new CalculationInputErrors();
        errors.Required("fileNumber", request.FileNumber);
        errors.Required("mainBeneficiaryId", request.MainBeneficiaryId);

        errors.Defined("b1.status", request.B1.Status);
        if (request.B1.BeneficiaryStatus is not { Length: 1 } status || !char.IsAsciiLetterUpper(status[0]))
        {
            errors.Add("b1.beneficiaryStatus", RuleCodes.CapitalLetter, "must be one capital letter (A, B, C, …).");
        }

        for (var i = 0; i < request.B1.NotifiedAidTypes.Count; i++)
        {
            errors.Defined($"b1.notifiedAidTypes[{i}]", request.B1.NotifiedAidTypes[i]);
        }

        foreach (var table in new[] { reference.Deadlines, reference.AidTypeStatuses }.Where(t => !t.Covers(request.B1.AidStart)))
        {
            errors.NoReferenceData("b1.aidStart", table, request.B1.AidStart);
        }

        for (var i = 0; i < request.Expenses.Count; i++)
        {
            var expense = request.Expenses[i];
            errors.Required($"expenses[{i}].personId", expense.PersonId);

            errors.Defined($"expenses[{i}].aidType", expense.AidType);
            errors.NotNegative($"expenses[{i}].amount", expense.Amount);
            if (!reference.StateShare.Covers(new DateOnly(expense.Date.Year, expense.Date.Month, 1)))
            {
                errors.NoReferenceData($"expenses[{i}].date", reference.StateShare, expense.Date);
            }
        }

        errors.ThrowIfAny();
    }
}

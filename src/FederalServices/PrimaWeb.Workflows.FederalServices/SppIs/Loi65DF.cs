using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>OCMWCPASWet65Loi65DF: a monthly expense claim D1, a hospital claim D2, or recovered amounts F.</summary>
public sealed record Loi65DFRequest(string FileNumber, Niss SSIN, Loi65FormD1? D1 = null, Loi65FormD2? D2 = null, Loi65FormF? F = null);

/// <summary>D1: one calendar month, amounts at 100 %, up to 5 medical and 5 pharmaceutical amounts.</summary>
public sealed record Loi65FormD1(
    int Year,
    int Month,
    decimal FinancialAidAmount,
    IReadOnlyList<decimal> MedicalCostsAmount,
    IReadOnlyList<decimal> PharmaceuticalCostsAmount,
    decimal TotalAmount);

/// <summary>D2: one hospital (INAMI number) for one month, up to 5 bills.</summary>
public sealed record Loi65FormD2(int Year, int Month, string InamiNumber, IReadOnlyList<HospitalBill> Bills);

public sealed record HospitalBill(string Number, int Year, decimal Amount);

/// <summary>F: recovered amount; one per beneficiary and calendar year; ReferenceDate from 2002-01-01.</summary>
public sealed record Loi65FormF(
    DateOnly ReferenceDate,
    string OriginalForm,
    string Type,
    decimal RecoveredAmount,
    Period PeriodOfRecovering,
    int SequenceNumber);

namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>
/// The file's form B1: its state, the beneficiary status letter it carries (A, B, C, …), the aid types it notifies, the
/// date the aid starts and the date the form reached SPP IS (which decides the "hors délai" loss, art. 9 law 2 April 1965).
/// </summary>
public sealed record Loi65B1Decision(
    Loi65B1Status Status,
    string BeneficiaryStatus,
    IReadOnlyList<Loi65AidType> NotifiedAidTypes,
    DateOnly AidStart,
    DateOnly ReceivedBySppIs);

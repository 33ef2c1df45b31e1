using PrimaWeb.Workflows.Domain.Calculations.Loi65;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.SppIs;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// What a Loi 65 file's forms say of its persons (loi65.md §1): form A's date — the day the file started, kept when a
/// resumption or revision sends a new B1 —, the main beneficiary with the code of his nationality, and the secondary
/// beneficiaries (the partner and the dependent minor children on form A's date); with the codes of forms B1 and C.
/// </summary>
public sealed record Loi65File(
    DateOnly FormADate, Person Main, int? NationalityCode, IReadOnlyList<(Person Person, HouseholdRelation Relation)> Secondaries, Loi65FormCodes Codes)
{
    /// <summary>Every person of form A, main beneficiary first: those the integration control requires.</summary>
    public IEnumerable<Person> Persons => [Main, .. Secondaries.Select(s => s.Person)];

    public IReadOnlyList<Loi65SecondaryBeneficiary> SecondaryBeneficiaries =>
        [.. Secondaries.Select(s => new Loi65SecondaryBeneficiary(s.Person.Niss, s.Relation == HouseholdRelation.Partner ? "PARTNER" : "CHILD"))];

    /// <summary>Why form A cannot be made, in a line naming the person (as the refusal messages do); null when it can.</summary>
    public string? Blocker => NationalityCode is null
        ? $"{Main.FirstName} {Main.LastName} ({Main.Niss.Formatted}): nationality {Main.Nationality ?? "unknown"} has no code for Loi 65 form A; record the nationality or add its code to the reference data (loi65.nationalityCodes)."
        : null;
}

using System.Diagnostics.CodeAnalysis;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Tenants;

namespace PrimaWeb.Workflows.Domain.People;

/// <summary>
/// A person known to a CPAS, identified by a NISS (National Register or BIS number). The birth date and the gender
/// come from the NISS when it carries them; a value given by the caller must then agree with it.
/// </summary>
public sealed class Person
{
    public Person(
        string tenantId,
        Niss niss,
        string lastName,
        string firstName,
        DateOnly? birthDate,
        Gender gender,
        string? nationality,
        Address? address,
        Language language)
    {
        Id = Guid.CreateVersion7();
        TenantId = TenantCode.Validate(tenantId);
        Niss = RequireNiss(niss);
        Rename(lastName, firstName);
        BirthDate = ResolveBirthDate(niss, birthDate);
        Gender = ResolveGender(niss, gender);
        ChangeNationality(nationality);
        Address = address;
        ChangeLanguage(language);
    }

    // For EF Core.
    private Person()
    {
        TenantId = string.Empty;
        LastName = string.Empty;
        FirstName = string.Empty;
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; }

    public Niss Niss { get; private set; }

    public string LastName { get; private set; }

    public string FirstName { get; private set; }

    /// <summary>Null when neither the NISS nor the registers give a whole date.</summary>
    public DateOnly? BirthDate { get; private set; }

    public Gender Gender { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code, or null when unknown.</summary>
    public string? Nationality { get; private set; }

    public Address? Address { get; private set; }

    public Language Language { get; private set; }

    public string FullName => $"{LastName} {FirstName}";

    [MemberNotNull(nameof(LastName), nameof(FirstName))]
    public void Rename(string lastName, string firstName)
    {
        LastName = PersonName.Validate(lastName, nameof(LastName), "last name");
        FirstName = PersonName.Validate(firstName, nameof(FirstName), "first name");
    }

    public void Move(Address? address) => Address = address;

    public void ChangeNationality(string? nationality) =>
        Nationality = string.IsNullOrWhiteSpace(nationality)
            ? null
            : CountryCodes.Validate(nationality, nameof(Nationality), "nationality");

    public void ChangeLanguage(Language language) =>
        Language = Guard.Defined(language, nameof(Language), "language");

    /// <summary>
    /// Takes the number the BCSS gives when a BIS number is replaced by a National Register number (MSG00006).
    /// Birth date and gender are re-derived from it.
    /// </summary>
    public void ReplaceNiss(Niss newNiss)
    {
        Niss = RequireNiss(newNiss);
        BirthDate = newNiss.BirthDate ?? BirthDate;
        Gender = newNiss.Gender == Gender.Unknown ? Gender : newNiss.Gender;
    }

    private static Niss RequireNiss(Niss niss) =>
        niss == default ? throw new DomainValidationException(nameof(Niss), RuleCodes.Required, "The NISS is required.") : niss;

    private static DateOnly? ResolveBirthDate(Niss niss, DateOnly? given)
    {
        var fromNiss = niss.BirthDate;
        if (fromNiss is not null && given is not null && given != fromNiss)
        {
            throw new DomainValidationException(
                nameof(BirthDate),
                RuleCodes.BirthDateContradictsNiss,
                $"The birth date {LegalDate.Format(given.Value)} contradicts the NISS {niss.Formatted}, which gives {LegalDate.Format(fromNiss.Value)}.",
                given.Value,
                niss.Formatted,
                fromNiss.Value);
        }

        // A National Register number always carries the year, even when month or day are 00; BIS placeholders for
        // unknown parts are unverified, so a BIS number is not compared.
        if (fromNiss is null && given is not null && niss.Kind == NissKind.NationalRegister && given.Value.Year != niss.BirthYear)
        {
            throw new DomainValidationException(
                nameof(BirthDate),
                RuleCodes.BirthYearContradictsNiss,
                $"The birth date {LegalDate.Format(given.Value)} contradicts the NISS {niss.Formatted}, which gives the year {niss.BirthYear}.",
                given.Value,
                niss.Formatted,
                niss.BirthYear!);
        }

        return fromNiss ?? given;
    }

    private static Gender ResolveGender(Niss niss, Gender given)
    {
        Guard.Defined(given, nameof(Gender), "gender");
        if (niss.Gender != Gender.Unknown && given != Gender.Unknown && given != niss.Gender)
        {
            throw new DomainValidationException(
                nameof(Gender), RuleCodes.GenderContradictsNiss, $"The gender {given} contradicts the NISS {niss.Formatted}, which gives {niss.Gender}.", given, niss.Formatted, niss.Gender);
        }

        return niss.Gender == Gender.Unknown ? given : niss.Gender;
    }
}

using System.Diagnostics.CodeAnalysis;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Domain.Tenants;

/// <summary>
/// A CPAS / OCMW using the system. Identified by a short stable code (<c>cpas-namur</c>); known to the federal services
/// by its municipality's NIS/INS code and/or its enterprise number (BCE/KBO). At least one of the two is required.
/// Its postal address and phone number head every letter it sends (the person answers, calls or appeals to it there).
/// </summary>
public sealed class Tenant
{
    public Tenant(string id, string name, string? nisCode, string? enterpriseNumber, Language defaultLanguage, Address? address = null, string? phone = null)
    {
        Id = TenantCode.Validate(id, nameof(Id));
        Rename(name);
        SetIdentifiers(nisCode, enterpriseNumber);
        DefaultLanguage = Guard.Defined(defaultLanguage, nameof(DefaultLanguage), "language");
        Address = address;
        ChangePhone(phone);
    }

    // For EF Core.
    private Tenant()
    {
        Id = string.Empty;
        Name = string.Empty;
    }

    public const int MaxPhoneLength = 30;

    public string Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Five-digit NIS/INS code of the municipality (e.g. 92094 for Namur).</summary>
    public string? NisCode { get; private set; }

    /// <summary>Enterprise number (BCE/KBO), ten digits, canonical without separators.</summary>
    public string? EnterpriseNumber { get; private set; }

    public Language DefaultLanguage { get; private set; }

    /// <summary>The CPAS's postal address, printed on its letters; null until the CPAS gives it.</summary>
    public Address? Address { get; private set; }

    [MemberNotNull(nameof(Name))]
    public void Rename(string name) => Name = Guard.RequiredText(name, nameof(Name), "CPAS name", 200);

    public void SetIdentifiers(string? nisCode, string? enterpriseNumber)
    {
        var nis = Guard.OptionalText(nisCode, nameof(NisCode), "NIS code", 5);
        if (nis is not null && (nis.Length != 5 || !nis.All(char.IsAsciiDigit)))
        {
            throw new DomainValidationException(nameof(NisCode), RuleCodes.NisCode, $"The NIS code '{nisCode}' must have exactly 5 digits.", nisCode ?? string.Empty);
        }

        var enterprise = enterpriseNumber is null ? null : NormalizeEnterpriseNumber(enterpriseNumber);
        if (nis is null && enterprise is null)
        {
            throw new DomainValidationException(
                nameof(NisCode), RuleCodes.NisCodeOrEnterpriseNumber, "A CPAS needs its municipality's NIS code or its enterprise number.");
        }

        NisCode = nis;
        EnterpriseNumber = enterprise;
    }

    /// <summary>The CPAS's phone number for the persons it writes to, as it is printed (e.g. <c>081 33 70 11</c>); null until given.</summary>
    public string? Phone { get; private set; }

    public void Move(Address? address) => Address = address;

    /// <summary>Digits with the usual separators (spaces, dots, slashes, a leading +), 9 to 15 digits.</summary>
    public void ChangePhone(string? phone)
    {
        var text = Guard.OptionalText(phone, nameof(Phone), "phone number", MaxPhoneLength);
        if (text is not null)
        {
            var digits = text.Count(char.IsAsciiDigit);
            if (digits is < 9 or > 15 || text.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '.' or '/' or '-' or '+')) || text.LastIndexOf('+') > 0)
            {
                throw new DomainValidationException(nameof(Phone), RuleCodes.PhoneNumber, $"The phone number '{text}' must have 9 to 15 digits (e.g. 081 33 70 11).", text);
            }
        }

        Phone = text;
    }

    public void ChangeDefaultLanguage(Language language) =>
        DefaultLanguage = Guard.Defined(language, nameof(DefaultLanguage), "language");

    // Enterprise numbers are written 0212.345.678 or BE0212345678; the last two digits are 97 − (first 8 mod 97).
    private static string? NormalizeEnterpriseNumber(string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0 && string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (digits.Length != 10 || digits[0] is not ('0' or '1'))
        {
            throw new DomainValidationException(
                nameof(EnterpriseNumber),
                RuleCodes.EnterpriseNumber,
                $"The enterprise number '{text}' must have 10 digits starting with 0 or 1 (e.g. 0212.345.678).",
                text);
        }

        var body = long.Parse(digits.AsSpan(0, 8), System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(digits.AsSpan(8, 2), System.Globalization.CultureInfo.InvariantCulture);
        if (97 - (body % 97) != check)
        {
            throw new DomainValidationException(
                nameof(EnterpriseNumber),
                RuleCodes.EnterpriseNumberCheck,
                $"The enterprise number '{text}' has check digits {digits[8..]}; they should be {97 - (body % 97):00}.",
                text,
                digits[8..],
                (97 - (body % 97)).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        }

        return digits;
    }
}

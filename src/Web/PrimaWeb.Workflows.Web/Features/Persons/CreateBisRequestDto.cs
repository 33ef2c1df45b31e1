namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// A person unknown to the National Register, to register in the BIS register (e-creabis). <c>birthDate</c> is
/// <c>yyyy-MM-dd</c> with <c>00</c> for an unknown month or day; <c>gender</c> Male, Female or Unknown;
/// <c>nationalityCode</c> the National Register's code (150 = Belgian); <c>nationality</c> the ISO 3166-1 alpha-2 code
/// kept on the person, if known; <c>language</c> Fr or Nl (the letters' language; the CPAS's when omitted).
/// </summary>
public sealed record CreateBisRequestDto(
    string? LastName,
    string? FirstName,
    string? BirthDate,
    string? Gender,
    int? NationalityCode,
    string? Nationality = null,
    string? BirthPlace = null,
    AddressDto? Address = null,
    string? Language = null);

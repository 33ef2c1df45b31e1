namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// A person as the API shows it: known to the CPAS (<see cref="Source"/> <c>Cpas</c>, with its <see cref="Id"/>) or
/// found in the National Register or the BIS register (<c>NationalRegister</c>, <c>Bis</c>: no id until imported).
/// The birth date is <c>yyyy-MM-dd</c>; a register may give <c>00</c> for an unknown month or day.
/// </summary>
public sealed record PersonDto(
    Guid? Id,
    string Niss,
    string LastName,
    string FirstName,
    string? BirthDate,
    string Gender,
    string? Nationality,
    AddressDto? Address,
    string? Language,
    string Source);

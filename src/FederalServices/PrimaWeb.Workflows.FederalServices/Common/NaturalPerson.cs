using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.FederalServices.Common;

/// <summary>The identification block of a person as the registers return it.</summary>
/// <param name="SSIN">The NISS (RN or BIS).</param>
/// <param name="Name">Registered names.</param>
/// <param name="BirthDate">yyyy-MM-dd, with 00 for unknown parts.</param>
/// <param name="Gender">0 unknown, 1 male, 2 female.</param>
/// <param name="NationalityCode">The National Register nationality code (150 = Belgian).</param>
/// <param name="Address">Main residence, when known.</param>
/// <param name="DeathDate">Date of death, if deceased.</param>
/// <param name="Register">Which register holds the person.</param>
public sealed record NaturalPerson(
    Niss SSIN,
    PersonName Name,
    string BirthDate,
    Gender Gender,
    int NationalityCode,
    Address? Address,
    DateOnly? DeathDate,
    RegisterType Register);

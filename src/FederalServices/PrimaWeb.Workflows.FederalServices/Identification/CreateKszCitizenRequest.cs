using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.FederalServices.Identification;

/// <summary>
/// ManagerPerson.createKSZCitizen (e-creabis): registers a person unknown to the National Register in the BIS
/// register. The birth date may be incomplete; the answer is the new BIS number.
/// </summary>
public sealed record CreateKszCitizenRequest(
    PersonName Name,
    string BirthDate,
    Gender Gender,
    int NationalityCode,
    string? BirthPlace = null,
    Address? Address = null);

/// <summary>The BIS number given, and whether it was created now or an identical person already had one.</summary>
public sealed record CreateKszCitizenAnswer(Niss SSIN, bool Created);

using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Investigation;

namespace PrimaWeb.Workflows.Simulator.Population;

/// <summary>
/// A fictitious person with everything the registers hold about him. Flow data are kept in the message line types
/// themselves, so the simulator answers exactly what the gateway reads. Mutable only under the state's lock.
/// </summary>
public sealed class SimulatedPerson
{
    public required Niss Niss { get; init; }

    public required PersonName Name { get; init; }

    public required IncompleteDate BirthDate { get; init; }

    public required Gender Gender { get; init; }

    public required int NationalityCode { get; init; }

    public required string BirthPlace { get; init; }

    public required RegisterType Register { get; set; }

    public required string CivilStatus { get; set; }

    public required int HouseholdId { get; set; }

    public required string HouseholdRole { get; set; }

    public required PersonProfile Profile { get; init; }

    public required string SisCardNumber { get; init; }

    public required string IdCardNumber { get; init; }

    public DateOnly? DeathDate { get; set; }

    public bool Omnio { get; set; }

    public List<ResidenceLine> Residences { get; } = [];

    public List<EmploymentLine> Employments { get; } = [];

    public List<SelfEmployedAffiliation> SelfEmployment { get; } = [];

    public List<InsurabilityPeriod> Insurability { get; } = [];

    public List<PensionRight> Pensions { get; } = [];

    public List<PropertyRight> Properties { get; } = [];

    public List<FamilyAllowanceLine> FamilyAllowances { get; } = [];

    public List<UnemploymentLine> Unemployment { get; } = [];

    public List<AsylumProcedure> AsylumProcedures { get; } = [];

    public Address? CurrentAddress => Residences.LastOrDefault(r => r.Period.EndDate is null)?.Address;

    public NaturalPerson ToNaturalPerson() =>
        new(Niss, Name, BirthDate.ToString(), Gender, NationalityCode, CurrentAddress, DeathDate, Register);
}

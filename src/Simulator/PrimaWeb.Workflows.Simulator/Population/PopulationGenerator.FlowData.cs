using System.Globalization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Investigation;

namespace PrimaWeb.Workflows.Simulator.Population;

/// <summary>The data of the flows, per person (by profile) and per household (allowances, OMNIO, property).</summary>
internal sealed partial class PopulationGenerator
{
    private void AddPersonData(SimulatedPerson person)
    {
        var r = referenceDate;
        var start = r.AddDays(-_random.Next(200, 4000));
        switch (person.Profile)
        {
            case PersonProfile.Employee:
            case PersonProfile.Student when _random.Next(2) == 0:
                {
                    var employer = Pick(NameLists.Employers);
                    var student = person.Profile == PersonProfile.Student;
                    person.Employments.Add(new EmploymentLine(employer.EmployerNumber, employer.CompanyId, employer.Name, employer.Sector,
                        student ? "STUDENT" : (_random.Next(2) == 0 ? "WORKER" : "EMPLOYEE"), student ? 302 : 200 + _random.Next(0, 150),
                        new Period(student ? r.AddDays(-_random.Next(10, 120)) : start), student ? 20 : Pick([50m, 80m, 100m, 100m])));
                    break;
                }

            case PersonProfile.Unemployed:
                {
                    var employer = Pick(NameLists.Employers);
                    var end = r.AddDays(-_random.Next(400, 900));
                    person.Employments.Add(new EmploymentLine(employer.EmployerNumber, employer.CompanyId, employer.Name, employer.Sector,
                        "WORKER", 200, new Period(end.AddDays(-_random.Next(300, 2000)), end), 100));
                    var institution = Pick(NameLists.UnemploymentInstitutions);
                    var daily = Math.Round(45m + ((decimal)_random.NextDouble() * 30m), 2);
                    for (var month = 1; month <= 12; month++)
                    {
                        person.Unemployment.Add(new UnemploymentLine(institution, "FULL_UNEMPLOYMENT", r.Year - 1, month, daily, 22 + _random.Next(0, 5)));
                    }

                    break;
                }

            case PersonProfile.SelfEmployed:
                person.SelfEmployment.Add(new SelfEmployedAffiliation(Pick(NameLists.SelfEmployedFunds), "MAIN", new Period(start), Pick(["Coiffure", "Horeca", "Commerce de détail", "Construction", "Taxi"])));
                break;
            case PersonProfile.Pensioner:
                person.Pensions.Add(new PensionRight("SFP", "RETIREMENT", Math.Round(950m + ((decimal)_random.NextDouble() * 1300m), 2), new Period(person.BirthDate.ToDateOrFirst().AddYears(65))));
                if (person.CivilStatus == "WIDOWED")
                {
                    person.Pensions.Add(new PensionRight("SFP", "SURVIVOR", Math.Round(300m + ((decimal)_random.NextDouble() * 500m), 2), new Period(r.AddDays(-_random.Next(100, 3000)))));
                }

                if (_random.Next(4) == 0)
                {
                    person.Pensions.Add(new PensionRight("SFP", "GRAPA", Math.Round(150m + ((decimal)_random.NextDouble() * 300m), 2), new Period(r.AddDays(-_random.Next(100, 2000)))));
                }

                if (_random.Next(12) == 0)
                {
                    person.DeathDate = r.AddDays(-_random.Next(10, 300));
                }

                break;
            case PersonProfile.AsylumSeeker:
                {
                    var applied = r.AddDays(-_random.Next(30, 900));
                    var status = Pick(["PENDING", "PENDING", "RECOGNISED", "SUBSIDIARY_PROTECTION", "REFUSED_APPEAL_PENDING"]);
                    person.AsylumProcedures.Add(new AsylumProcedure(applied, "INTERNATIONAL_PROTECTION", status,
                        status == "PENDING" ? null : applied.AddDays(_random.Next(60, 400)),
                        status == "PENDING" ? string.Create(CultureInfo.InvariantCulture, $"FEDASIL-{_random.Next(100, 999)}") : null));
                    break;
                }

            default:
                break;
        }

        // Asylum seekers with a pending procedure are covered by Fedasil, not by a mutuality.
        var insured = person.Profile != PersonProfile.AsylumSeeker || person.AsylumProcedures.Any(p => p.Status != "PENDING");
        if (insured)
        {
            var mutuality = Pick(NameLists.Mutualities);
            var bim = person.Profile is PersonProfile.Unemployed or PersonProfile.AsylumSeeker
                || (person.Profile == PersonProfile.Pensioner && person.Pensions.Any(p => p.PensionType == "GRAPA"))
                || _random.Next(8) == 0;
            person.Insurability.Add(new InsurabilityPeriod(mutuality.Code, mutuality.Name,
                new Period(r.AddDays(-_random.Next(365, 5000)), person.DeathDate), person.Profile is not (PersonProfile.Child or PersonProfile.Student), bim));
        }
    }

    private void AddHouseholdData(Household household)
    {
        var adults = household.Members.Where(m => m.Profile != PersonProfile.Child).ToList();
        var children = household.Members.Where(m => m.Profile == PersonProfile.Child).ToList();
        var fund = Pick(NameLists.FamilyAllowanceFunds);
        if (children.Count > 0 && adults.Count > 0)
        {
            var allocataire = adults.FirstOrDefault(a => a.Gender == Gender.Female) ?? adults[0];
            foreach (var child in children)
            {
                var amount = Math.Round(170m + ((decimal)_random.NextDouble() * 60m), 2);
                var period = new Period(child.BirthDate.ToDateOrFirst(), child.BirthDate.ToDateOrFirst().AddYears(18).AddDays(-1));
                allocataire.FamilyAllowances.Add(new FamilyAllowanceLine(fund, "ALLOCATAIRE", child.Niss, amount, period));
                child.FamilyAllowances.Add(new FamilyAllowanceLine(fund, "CHILD", child.Niss, amount, period));
            }
        }

        foreach (var student in household.Members.Where(m => m.Profile == PersonProfile.Student))
        {
            var period = new Period(student.BirthDate.ToDateOrFirst(), student.BirthDate.ToDateOrFirst().AddYears(25).AddDays(-1));
            student.FamilyAllowances.Add(new FamilyAllowanceLine(fund, "CHILD", student.Niss, Math.Round(190m + ((decimal)_random.NextDouble() * 40m), 2), period));
        }

        // OMNIO: a household with low income as a whole, granted on request to all its members.
        var omnio = household.Kind is HouseholdKind.SingleParent or HouseholdKind.Isolated && _random.Next(4) == 0;
        foreach (var member in household.Members)
        {
            member.Omnio = omnio && member.Insurability.Count > 0;
        }

        var owners = household.Kind is HouseholdKind.CoupleWithChildren or HouseholdKind.CoupleWithoutChildren or HouseholdKind.Pensioners;
        if (owners && _random.Next(5) < 2)
        {
            var parcel = string.Create(CultureInfo.InvariantCulture, $"{_random.Next(10000, 99999)}A{_random.Next(100, 999)}");
            var income = Math.Round(600m + ((decimal)_random.NextDouble() * 900m), 0);
            var owning = adults.Take(2).ToList();
            foreach (var owner in owning)
            {
                owner.Properties.Add(new PropertyRight(parcel, owner.CurrentAddress?.Municipality ?? household.Members[0].Residences[^1].Address.Municipality,
                    income, 100m / owning.Count, "FULL_OWNERSHIP", true));
            }

            if (_random.Next(6) == 0)
            {
                owning[0].Properties.Add(new PropertyRight(
                    string.Create(CultureInfo.InvariantCulture, $"{_random.Next(10000, 99999)}B{_random.Next(100, 999)}"),
                    Pick(NameLists.Municipalities).Municipality, Math.Round(400m + ((decimal)_random.NextDouble() * 800m), 0), 100m, "FULL_OWNERSHIP", false));
            }
        }
    }
}

using System.Globalization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Investigation;

namespace PrimaWeb.Workflows.Simulator.Population;

/// <summary>
/// The households of the Web host's demo CPAS (Namur and Gent), written out rather than drawn from the seed: the demo
/// persons must be the same persons in the CPAS's files and in the registers, with their households and flow data, so
/// that a demo request integrates, consults and sends its forms like any other. Every simulator holds them
/// (<see cref="Hosting.SimulatorOptions.DemoHouseholds"/>); the random population never changes because of them.
/// </summary>
public static class DemoHouseholds
{
    public const string ThomasMartin = "85073003328";
    public const string LucasMartin = "05061201196";
    public const string JulieLefevre = "90021514647";
    public const string NathalieLambert = "68091809283";
    public const string BartJanssens = "75010128704";
    public const string MilanJanssens = "01030417369";
    public const string LotteDeSmet = "92113026469";
    public const string WoutPeeters = "88042315561";

    private static readonly DateOnly Since = new(2021, 3, 1);

    /// <summary>The demo households, first person the reference person; built anew for each population (they are mutable).</summary>
    public static IReadOnlyList<Household> Build(int firstId)
    {
        var id = firstId;
        return
        [
            Martin(id++),
            Lefevre(id++),
            Lambert(id++),
            Janssens(id++),
            DeSmet(id++),
            Peeters(id),
        ];
    }

    /// <summary>The NISS of Julie Lefèvre's children, born after 2000 (their check digits follow the 2000 rule).</summary>
    public static Niss EmmaLefevre { get; } = Make(new DateOnly(2016, 4, 9), 132);

    public static Niss NoahLefevre { get; } = Make(new DateOnly(2019, 10, 21), 87);

    // A single father working part time, and his son, a student still at home.
    private static Household Martin(int id)
    {
        var household = new Household(id, HouseholdKind.SingleParent);
        var home = new Address("Rue de Fer", "12", null, "5000", "Namur");
        var thomas = Person(household, ThomasMartin, new PersonName("Martin", "Thomas"), new DateOnly(1985, 7, 30), Gender.Male, "REFERENCE", "DIVORCED", PersonProfile.Employee, home);
        thomas.Employments.Add(new EmploymentLine("0102345628", "0412345678", "Nettoyage Express SA", "ONSS", "WORKER", 121, new Period(new DateOnly(2024, 9, 2)), 50m));
        thomas.Insurability.Add(new InsurabilityPeriod(300, "Solidaris", new Period(new DateOnly(2005, 9, 1)), true, false));
        var lucas = Person(household, LucasMartin, new PersonName("Martin", "Lucas"), new DateOnly(2005, 6, 12), Gender.Male, "CHILD", "SINGLE", PersonProfile.Student, home);
        lucas.Insurability.Add(new InsurabilityPeriod(300, "Solidaris", new Period(new DateOnly(2005, 6, 12)), false, false));
        var allowance = new Period(new DateOnly(2005, 6, 12), new DateOnly(2030, 6, 11));
        thomas.FamilyAllowances.Add(new FamilyAllowanceLine("FAMIWAL", "ALLOCATAIRE", lucas.Niss, 214.12m, allowance));
        lucas.FamilyAllowances.Add(new FamilyAllowanceLine("FAMIWAL", "CHILD", lucas.Niss, 214.12m, allowance));
        return household;
    }

    // A single mother out of work for two years, with two young children: a family with dependants (category 3).
    private static Household Lefevre(int id)
    {
        var household = new Household(id, HouseholdKind.SingleParent);
        var home = new Address("Avenue Cardinal Mercier", "3", "2", "5000", "Namur");
        var julie = Person(household, JulieLefevre, new PersonName("Lefèvre", "Julie"), new DateOnly(1990, 2, 15), Gender.Female, "REFERENCE", "DIVORCED", PersonProfile.Unemployed, home);
        julie.Employments.Add(new EmploymentLine("0104567840", "0434567890", "Supermarché du Centre SA", "ONSS", "EMPLOYEE", 311, new Period(new DateOnly(2017, 5, 1), new DateOnly(2024, 3, 31)), 80m));
        for (var month = 1; month <= 12; month++)
        {
            julie.Unemployment.Add(new UnemploymentLine("CAPAC", "FULL_UNEMPLOYMENT", 2025, month, 38.42m, 22));
        }

        julie.Insurability.Add(new InsurabilityPeriod(100, "Mutualité chrétienne", new Period(new DateOnly(2008, 9, 1)), true, true));
        foreach (var (niss, name, birth, gender) in new[]
        {
            (EmmaLefevre, new PersonName("Lefèvre", "Emma"), new DateOnly(2016, 4, 9), Gender.Female),
            (NoahLefevre, new PersonName("Lefèvre", "Noah"), new DateOnly(2019, 10, 21), Gender.Male),
        })
        {
            var child = Person(household, niss.Value, name, birth, gender, "CHILD", "SINGLE", PersonProfile.Child, home);
            child.Insurability.Add(new InsurabilityPeriod(100, "Mutualité chrétienne", new Period(birth), false, true));
            var allowance = new Period(birth, birth.AddYears(18).AddDays(-1));
            julie.FamilyAllowances.Add(new FamilyAllowanceLine("FAMIWAL", "ALLOCATAIRE", child.Niss, 196.85m, allowance));
            child.FamilyAllowances.Add(new FamilyAllowanceLine("FAMIWAL", "CHILD", child.Niss, 196.85m, allowance));
        }

        return household;
    }

    // A woman living alone, without income, who owns nothing.
    private static Household Lambert(int id)
    {
        var household = new Household(id, HouseholdKind.Isolated);
        var nathalie = Person(household, NathalieLambert, new PersonName("Lambert", "Nathalie"), new DateOnly(1968, 9, 18), Gender.Female, "REFERENCE", "WIDOWED", PersonProfile.Inactive,
            new Address("Rue des Carmes", "41", null, "5000", "Namur"));
        nathalie.Insurability.Add(new InsurabilityPeriod(500, "Mutualités libres", new Period(new DateOnly(1990, 1, 1)), true, false));
        nathalie.Pensions.Add(new PensionRight("SFP", "SURVIVOR", 412.30m, new Period(new DateOnly(2023, 2, 1))));
        return household;
    }

    // A self-employed father whose business stopped, and his adult son at home.
    private static Household Janssens(int id)
    {
        var household = new Household(id, HouseholdKind.SingleParent);
        var home = new Address("Veldstraat", "45", null, "9000", "Gent");
        var bart = Person(household, BartJanssens, new PersonName("Janssens", "Bart"), new DateOnly(1975, 1, 1), Gender.Male, "REFERENCE", "DIVORCED", PersonProfile.SelfEmployed, home);
        bart.SelfEmployment.Add(new SelfEmployedAffiliation("Xerius", "MAIN", new Period(new DateOnly(2012, 4, 1), new DateOnly(2025, 6, 30)), "Horeca"));
        bart.Insurability.Add(new InsurabilityPeriod(400, "Mutualités libérales", new Period(new DateOnly(1995, 1, 1)), true, false));
        bart.Properties.Add(new PropertyRight("44021A512", "Gent", 845m, 100m, "FULL_OWNERSHIP", true));
        var milan = Person(household, MilanJanssens, new PersonName("Janssens", "Milan"), new DateOnly(2001, 3, 4), Gender.Male, "CHILD", "SINGLE", PersonProfile.Employee, home);
        milan.Employments.Add(new EmploymentLine("0108901284", "0478901234", "Logistiek Vlaanderen NV", "ONSS", "WORKER", 226, new Period(new DateOnly(2024, 2, 5)), 100m));
        milan.Insurability.Add(new InsurabilityPeriod(400, "Mutualités libérales", new Period(new DateOnly(2001, 3, 4)), true, false));
        return household;
    }

    // A young woman living alone, a student who left school and has no income.
    private static Household DeSmet(int id)
    {
        var household = new Household(id, HouseholdKind.Isolated);
        var lotte = Person(household, LotteDeSmet, new PersonName("De Smet", "Lotte"), new DateOnly(1992, 11, 30), Gender.Female, "REFERENCE", "SINGLE", PersonProfile.Inactive,
            new Address("Korenmarkt", "7", "B", "9000", "Gent"));
        lotte.Insurability.Add(new InsurabilityPeriod(200, "Mutualités neutres", new Period(new DateOnly(2010, 9, 1)), true, true));
        return household;
    }

    private static Household Peeters(int id)
    {
        var household = new Household(id, HouseholdKind.Isolated);
        var wout = Person(household, WoutPeeters, new PersonName("Peeters", "Wout"), new DateOnly(1988, 4, 23), Gender.Male, "REFERENCE", "SINGLE", PersonProfile.Unemployed,
            new Address("Sleepstraat", "102", null, "9000", "Gent"));
        wout.Insurability.Add(new InsurabilityPeriod(200, "Mutualités neutres", new Period(new DateOnly(2006, 5, 1)), true, false));
        for (var month = 1; month <= 12; month++)
        {
            wout.Unemployment.Add(new UnemploymentLine("CAPAC", "FULL_UNEMPLOYMENT", 2025, month, 52.10m, 22));
        }

        return household;
    }

    private static SimulatedPerson Person(
        Household household, string niss, PersonName name, DateOnly birth, Gender gender, string role, string civilStatus, PersonProfile profile, Address home)
    {
        var person = new SimulatedPerson
        {
            Niss = Niss.Parse(niss, CultureInfo.InvariantCulture),
            Name = name,
            BirthDate = IncompleteDate.From(birth),
            Gender = gender,
            NationalityCode = 150,
            BirthPlace = home.Municipality,
            Register = RegisterType.Population,
            CivilStatus = civilStatus,
            HouseholdId = household.Id,
            HouseholdRole = role,
            Profile = profile,
            SisCardNumber = niss[..10],
            IdCardNumber = $"59{niss}{niss[^1]}"[..12],
        };
        person.Residences.Add(new ResidenceLine(home, new Period(birth > Since ? birth : Since)));
        household.Members.Add(person);
        return person;
    }

    // Only the demo's children need a made NISS (the adults keep the numbers the demo has always shown).
    private static Niss Make(DateOnly birth, int sequence)
    {
        var nine = long.Parse(string.Create(CultureInfo.InvariantCulture, $"{birth:yyMMdd}{sequence:000}"), CultureInfo.InvariantCulture);
        var check = Niss.CheckDigits(nine, birth.Year >= 2000 ? 2000 : 1900);
        return Niss.Parse(string.Create(CultureInfo.InvariantCulture, $"{nine:000000000}{check:00}"), CultureInfo.InvariantCulture);
    }
}

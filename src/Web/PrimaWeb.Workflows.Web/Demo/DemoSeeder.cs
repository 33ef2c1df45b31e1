using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Tenants;
using PrimaWeb.Workflows.Simulator.Population;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Features.Requests;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Demo;

/// <summary>
/// Seeds the two demo CPAS from the simulator's demo households (<see cref="DemoHouseholds"/>): the same persons, with
/// the same households, in the CPAS's files as in the registers; the demo users as known staff; the cases; and the
/// demo requests, filed like any request so that their workflows run (<see cref="DemoProgress"/> then takes each to
/// its step). Idempotent: a CPAS that already exists is left as it is.
/// Runs without a tenant in scope, so its reads say IgnoreQueryFilters() explicitly.
/// </summary>
internal sealed partial class DemoSeeder(
    PrimaWebDbContext db, RequestFiling filing, StaffDirectory staff, DemoProgress progress, Nationalities nationalities, TimeProvider time, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = LegalClock.Today(time);
        var existing = await db.Tenants.Select(tenant => tenant.Id).ToListAsync(cancellationToken);
        var households = DemoHouseholds.Build(1);
        var filings = new List<(string Tenant, Case Case, int DaysAgo, string Actor, IReadOnlyList<DemoStep> Steps)>();

        if (!existing.Contains(DemoUsers.Namur))
        {
            filings.AddRange(SeedNamur(households, today));
        }

        if (!existing.Contains(DemoUsers.Gent))
        {
            filings.AddRange(SeedGent(households, today));
        }

        var written = await db.SaveChangesAsync(cancellationToken);
        foreach (var user in DemoUsers.All.Where(user => !existing.Contains(user.TenantCode)))
        {
            await staff.RecordAsync(user.TenantCode, user.Id, user.DisplayName, [user.Role], cancellationToken);
        }

        // Filed as a social worker files them: the request and its workflow's first burst commit together.
        foreach (var (tenant, @case, daysAgo, actor, steps) in filings)
        {
            var filed = await filing.FileAsAsync(tenant, actor, @case, RequestType.Dis, today.AddDays(-daysAgo), today, details: null, cancellationToken);
            progress.Plan(filed.Id, actor, steps);
        }

        LogSeeded(logger, written, filings.Count);
    }

    private IEnumerable<(string, Case, int, string, IReadOnlyList<DemoStep>)> SeedNamur(IReadOnlyList<Household> households, DateOnly today)
    {
        const string tenant = DemoUsers.Namur;
        const string worker = "namur-social-worker";

        // The CPAS's real public address (rue de Dave in Jambes, a district of Namur) heads the demo letters; the phone
        // number is invented.
        db.Tenants.Add(new Tenant(tenant, "CPAS de Namur", "92094", null, Language.Fr, new Address("Rue de Dave", "165", null, "5100", "Namur"), "081 33 70 00"));
        var martin = AddCase(tenant, "NA-2026-0001", Household(households, DemoHouseholds.ThomasMartin), today.AddMonths(-3), today, worker, Language.Fr);
        AddCase(tenant, "NA-2026-0002", Household(households, DemoHouseholds.JulieLefevre), today.AddDays(-20), today, worker, Language.Fr);
        AddCase(tenant, "NA-2026-0003", Household(households, DemoHouseholds.NathalieLambert), today.AddDays(-2), today, null, Language.Fr);

        // Thomas Martin's DIS waits for the Council: the resources, the calculation and the report are done.
        yield return (tenant, martin, 18, worker, DemoSteps.Martin);
    }

    private IEnumerable<(string, Case, int, string, IReadOnlyList<DemoStep>)> SeedGent(IReadOnlyList<Household> households, DateOnly today)
    {
        const string tenant = DemoUsers.Gent;
        const string worker = "gent-social-worker";
        db.Tenants.Add(new Tenant(tenant, "OCMW Gent", "44021", null, Language.Nl, new Address("Onderbergen", "86", null, "9000", "Gent"), "09 266 90 00"));
        var janssens = AddCase(tenant, "GE-2026-0001", Household(households, DemoHouseholds.BartJanssens), today.AddMonths(-2), today, worker, Language.Nl);
        var deSmet = AddCase(tenant, "GE-2026-0002", Household(households, DemoHouseholds.LotteDeSmet), today.AddDays(-10), today, worker, Language.Nl);
        AddPersons(tenant, Household(households, DemoHouseholds.WoutPeeters), Language.Nl);

        // Bart Janssens's DIS waits for his resources; Lotte De Smet's for the social report.
        yield return (tenant, janssens, 9, worker, DemoSteps.Janssens);
        yield return (tenant, deSmet, 6, worker, DemoSteps.DeSmet);
    }

    /// <summary>The case of a household's reference person, both compositions as the National Register has them.</summary>
    private Case AddCase(string tenant, string reference, Household household, DateOnly openedOn, DateOnly today, string? socialWorkerId, Language language)
    {
        var persons = AddPersons(tenant, household, language);
        var main = household.Members[0];
        var @case = new Case(tenant, reference, persons[0].Id, openedOn, today, socialWorkerId);
        var members = household.Members.Zip(persons)
            .Select(pair => new HouseholdMemberEntry(
                pair.Second.Id,
                pair.First == main ? HouseholdRelation.MainPerson : OfficialHouseholds.RelationOf(main.HouseholdRole, pair.First.HouseholdRole),
                openedOn))
            .ToList();
        @case.ReplaceOfficialHousehold(members);
        @case.ReplaceDeFactoHousehold(members);
        db.Cases.Add(@case);
        return @case;
    }

    private List<Person> AddPersons(string tenant, Household household, Language language)
    {
        var persons = household.Members.Select(member => PersonMapping.ToPerson(tenant, member.ToNaturalPerson(), language, nationalities)).ToList();
        db.Persons.AddRange(persons);
        return persons;
    }

    private static Household Household(IReadOnlyList<Household> households, string niss) =>
        households.Single(household => household.Members[0].Niss == Niss.Parse(niss, null));

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded ({Rows} rows written, {Requests} requests filed).")]
    private static partial void LogSeeded(ILogger logger, int rows, int requests);
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Tenants;

namespace PrimaWeb.Workflows.Web.Demo;

/// <summary>
/// Seeds the two demo CPAS with a few fictitious persons (valid NISS numbers made up for the demo), their cases,
/// integrations and requests. Idempotent: a CPAS that already exists is left as it is.
/// Runs without a tenant in scope, so its reads say IgnoreQueryFilters() explicitly.
/// </summary>
internal sealed partial class DemoSeeder(PrimaWebDbContext db, TimeProvider time, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = LegalClock.Today(time);
        var existing = await db.Tenants.Select(tenant => tenant.Id).ToListAsync(cancellationToken);

        if (!existing.Contains(DemoUsers.Namur))
        {
            SeedNamur(today);
        }

        if (!existing.Contains(DemoUsers.Gent))
        {
            SeedGent(today);
        }

        var written = await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, written);
    }

    private void SeedNamur(DateOnly today)
    {
        const string tenant = DemoUsers.Namur;
        // The CPAS's real public address (rue de Dave in Jambes, a district of Namur): it heads the demo letters.
        db.Tenants.Add(new Tenant(tenant, "CPAS de Namur", "92094", null, Language.Fr, new Address("Rue de Dave", "165", null, "5100", "Namur")));

        var thomas = AddPerson(tenant, "85.07.30-033.28", "Martin", "Thomas", new Address("Rue de Fer", "12", null, "5000", "Namur"), Language.Fr);
        var lucas = AddPerson(tenant, "05.06.12-011.96", "Martin", "Lucas", new Address("Rue de Fer", "12", null, "5000", "Namur"), Language.Fr);
        var julie = AddPerson(tenant, "90.02.15-146.47", "Lefèvre", "Julie", new Address("Avenue Cardinal Mercier", "3", "2", "5000", "Namur"), Language.Fr);
        var nathalie = AddPerson(tenant, "68.09.18-092.83", "Lambert", "Nathalie", null, Language.Fr);

        var martin = AddCase(tenant, "NA-2026-0001", thomas, today.AddMonths(-3), today, "namur-social-worker");
        martin.ReplaceOfficialHousehold(
        [
            new HouseholdMemberEntry(thomas.Id, HouseholdRelation.MainPerson, today.AddMonths(-3)),
            new HouseholdMemberEntry(lucas.Id, HouseholdRelation.Child, today.AddMonths(-3)),
        ]);
        martin.ReplaceDeFactoHousehold(martin.OfficialHousehold.Members.Select(member => new HouseholdMemberEntry(member.PersonId, member.Relation, member.From, member.To)));
        AddCase(tenant, "NA-2026-0002", julie, today.AddDays(-20), today, "namur-social-worker");
        AddCase(tenant, "NA-2026-0003", nathalie, today.AddDays(-2), today, null);

        AddIntegration(tenant, thomas.Niss, CapacityCode.UnderInvestigation, today.AddMonths(-1));
        AddIntegration(tenant, lucas.Niss, CapacityCode.Cohabitant, today.AddMonths(-1));
        AddIntegration(tenant, julie.Niss, CapacityCode.UnderInvestigation, today.AddDays(-20));

        AddRequest(tenant, martin.Id, RequestType.Dis, today.AddMonths(-1), today);
        AddRequest(tenant, martin.Id, RequestType.HeatingAllowance, today.AddDays(-5), today);
    }

    private void SeedGent(DateOnly today)
    {
        const string tenant = DemoUsers.Gent;
        db.Tenants.Add(new Tenant(tenant, "OCMW Gent", "44021", null, Language.Nl, new Address("Onderbergen", "86", null, "9000", "Gent")));

        var bart = AddPerson(tenant, "75.01.01-287.04", "Janssens", "Bart", new Address("Veldstraat", "45", null, "9000", "Gent"), Language.Nl);
        var milan = AddPerson(tenant, "01.03.04-173.69", "Janssens", "Milan", new Address("Veldstraat", "45", null, "9000", "Gent"), Language.Nl);
        var lotte = AddPerson(tenant, "92.11.30-264.69", "De Smet", "Lotte", new Address("Korenmarkt", "7", "B", "9000", "Gent"), Language.Nl);
        AddPerson(tenant, "88.04.23-155.61", "Peeters", "Wout", null, Language.Nl);

        var janssens = AddCase(tenant, "GE-2026-0001", bart, today.AddMonths(-2), today, "gent-social-worker");
        janssens.AddDeFactoMember(new HouseholdMemberEntry(milan.Id, HouseholdRelation.Child, today.AddMonths(-2)));
        var deSmet = AddCase(tenant, "GE-2026-0002", lotte, today.AddDays(-10), today, "gent-social-worker");

        AddIntegration(tenant, bart.Niss, CapacityCode.UnderInvestigation, today.AddMonths(-1));
        AddIntegration(tenant, lotte.Niss, CapacityCode.UnderInvestigation, today.AddDays(-10));

        AddRequest(tenant, janssens.Id, RequestType.EquivalentRis, today.AddMonths(-1), today);
        AddRequest(tenant, deSmet.Id, RequestType.OtherAid, today.AddDays(-10), today);
    }

    private Person AddPerson(string tenant, string niss, string lastName, string firstName, Address? address, Language language)
    {
        var person = new Person(tenant, Niss.Parse(niss, CultureInfo.InvariantCulture), lastName, firstName, null, Gender.Unknown, "BE", address, language);
        db.Persons.Add(person);
        return person;
    }

    private Case AddCase(string tenant, string reference, Person mainPerson, DateOnly openedOn, DateOnly today, string? socialWorkerId)
    {
        var @case = new Case(tenant, reference, mainPerson.Id, openedOn, today, socialWorkerId);
        db.Cases.Add(@case);
        return @case;
    }

    private void AddIntegration(string tenant, Niss niss, CapacityCode code, DateOnly start)
    {
        var register = new IntegrationRegister(tenant, niss);
        register.Register(code, start);
        db.IntegrationRegisters.Add(register);
    }

    private void AddRequest(string tenant, Guid caseId, RequestType type, DateOnly receivedOn, DateOnly today) =>
        db.Requests.Add(new Request(tenant, caseId, type, receivedOn, today));

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded ({Rows} rows written).")]
    private static partial void LogSeeded(ILogger logger, int rows);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Web.Features.Cases;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Cases;

/// <summary>
/// The official household from the National Register (as at a case's opening) and the de facto household's changes
/// from the case page, on the demo's cases and simulated registers.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed class HouseholdsTests(DemoHost host)
{
    private const string JanssensNiss = "75010128704";

    [Fact]
    public async Task ImportOfficialHousehold_IntegratedPerson_ListsTheRegistersMembersWithTheirRelation()
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var martin = await db.Cases.SingleAsync(c => c.Reference == "NA-2026-0001");
        var today = LegalClock.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        // As a case opened without its household: the main person alone (not saved; the import saves nothing either).
        martin.ReplaceOfficialHousehold([new HouseholdMemberEntry(martin.MainPersonId, HouseholdRelation.MainPerson, today)]);

        var outcome = await scope.ServiceProvider.GetRequiredService<OfficialHouseholdImport>().ImportAsync(martin, "namur-social-worker", CancellationToken.None);

        outcome.ShouldBe(HouseholdImportOutcome.Imported);
        martin.OfficialHousehold.Members.Select(m => m.Relation).Order().ShouldBe([HouseholdRelation.MainPerson, HouseholdRelation.Child]);
    }

    [Fact]
    public async Task ImportOfficialHousehold_PersonNotIntegratedByTheCpas_SaysSoAndLeavesTheHousehold()
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var lefevre = await db.Cases.SingleAsync(c => c.Reference == "NA-2026-0002");
        var before = lefevre.OfficialHousehold.Members.Select(m => (m.PersonId, m.Relation)).ToList();

        var outcome = await scope.ServiceProvider.GetRequiredService<OfficialHouseholdImport>().ImportAsync(lefevre, "namur-social-worker", CancellationToken.None);

        outcome.ShouldBe(HouseholdImportOutcome.NotIntegrated);
        lefevre.OfficialHousehold.Members.Select(m => (m.PersonId, m.Relation)).ShouldBe(before);
    }

    [Fact]
    public async Task DeFactoHousehold_AddByNissThenEnd_SavesEachChange_AndRefusalsNameTheirFieldAndSaveNothing()
    {
        var caseId = await CaseIdAsync("NA-2026-0003");
        var today = LegalClock.Today(TimeProvider.System);

        var badNiss = await EditAsync(e => e.AddAsync(caseId, new NewHouseholdMember(null, "85.07.30-033.29", HouseholdRelation.Partner, today), CancellationToken.None));
        var noDay = await EditAsync(e => e.AddAsync(caseId, new NewHouseholdMember(null, JanssensNiss, HouseholdRelation.Partner, null), CancellationToken.None));
        (await MembersAsync(caseId)).Count.ShouldBe(1);

        var added = await EditAsync(e => e.AddAsync(caseId, new NewHouseholdMember(null, JanssensNiss, HouseholdRelation.Partner, today.AddDays(-10)), CancellationToken.None));
        var twice = await EditAsync(e => e.AddAsync(caseId, new NewHouseholdMember(null, JanssensNiss, HouseholdRelation.Partner, today.AddDays(-5)), CancellationToken.None));
        var partner = (await MembersAsync(caseId)).Single(m => m.Relation == HouseholdRelation.Partner);
        var endBeforeStart = await EditAsync(e => e.EndAsync(caseId, partner.Id, today.AddDays(-20), CancellationToken.None));
        var ended = await EditAsync(e => e.EndAsync(caseId, partner.Id, today.AddDays(-1), CancellationToken.None));

        badNiss.Select(r => (r.Field, r.Code)).ShouldBe([("niss", "NissInvalid")]);
        noDay.Select(r => (r.Field, r.Code)).ShouldBe([("from", "Required")]);
        added.ShouldBeEmpty();
        twice.Select(r => (r.Field, r.Code)).ShouldBe([("person", "AlreadyInHousehold")]);
        endBeforeStart.Select(r => (r.Field, r.Code)).ShouldBe([("lastDay", "EndBeforeStart")]);
        ended.ShouldBeEmpty();
        var saved = (await MembersAsync(caseId)).Single(m => m.Relation == HouseholdRelation.Partner);
        (saved.From, saved.To).ShouldBe((today.AddDays(-10), today.AddDays(-1)));
    }

    private AsyncServiceScope Scope() => host.ScopesFor("namur-social-worker", "cpas-namur", Roles.SocialWorker).Create();

    private async Task<IReadOnlyList<Engine.Execution.Refusal>> EditAsync(Func<DeFactoHouseholdEditing, Task<IReadOnlyList<Engine.Execution.Refusal>>> change)
    {
        await using var scope = Scope();
        return await change(scope.ServiceProvider.GetRequiredService<DeFactoHouseholdEditing>());
    }

    private async Task<Guid> CaseIdAsync(string reference)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>().Cases.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }

    private async Task<IReadOnlyList<HouseholdMember>> MembersAsync(Guid caseId)
    {
        await using var scope = Scope();
        var @case = await scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>().Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
        return [.. @case.DeFactoHousehold.Members];
    }
}

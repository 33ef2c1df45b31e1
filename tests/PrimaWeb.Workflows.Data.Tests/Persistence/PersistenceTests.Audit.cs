using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data.Audit;
using PrimaWeb.Workflows.Data.Integrations;
using PrimaWeb.Workflows.Data.Providers;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.FederalServices.Audit;
using static PrimaWeb.Workflows.Data.Tests.Persistence.Samples;

namespace PrimaWeb.Workflows.Data.Tests.Persistence;

/// <summary>The gateway's two stores on the database: the audit and the integration directory.</summary>
public abstract partial class PersistenceTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public virtual async Task RecordAsync_CallAboutTwoPersons_RoundTripsOnceForEachPersonAndForTheCase()
    {
        var log = new EfAuditLog(Settings, _clock);
        var entry = AuditSample(Namur, "case-1", Morning, ThomasNiss, LucasNiss);

        await log.RecordAsync(entry, CancellationToken.None);

        var byThomas = await log.ListByPersonAsync(Namur, Niss.Parse(ThomasNiss, null), CancellationToken.None);
        var byLucas = await log.ListByPersonAsync(Namur, Niss.Parse(LucasNiss, null), CancellationToken.None);
        var byCase = await log.ListByCaseAsync(Namur, "case-1", CancellationToken.None);
        var read = byThomas.ShouldHaveSingleItem();
        read.Persons.ShouldBe(entry.Persons);
        (read with { Persons = entry.Persons }).ShouldBe(entry);
        byLucas.ShouldHaveSingleItem().Id.ShouldBe(entry.Id);
        byCase.ShouldHaveSingleItem().Id.ShouldBe(entry.Id);
    }

    [Fact]
    public virtual async Task ListAsync_EntriesOfTwoCpas_ListsOnlyTheAskingCpasInTimeOrder()
    {
        var log = new EfAuditLog(Settings, _clock);
        var later = AuditSample(Namur, "case-1", Morning.AddMinutes(5), ThomasNiss);
        var earlier = AuditSample(Namur, "case-1", Morning, ThomasNiss);
        var gent = AuditSample(Gent, "case-1", Morning, ThomasNiss);
        foreach (var entry in new[] { later, earlier, gent })
        {
            await log.RecordAsync(entry, CancellationToken.None);
        }

        var namurByPerson = await log.ListByPersonAsync(Namur, Niss.Parse(ThomasNiss, null), CancellationToken.None);
        var gentByCase = await log.ListByCaseAsync(Gent, "case-1", CancellationToken.None);

        namurByPerson.Select(e => e.Id).ShouldBe([earlier.Id, later.Id]);
        gentByCase.ShouldHaveSingleItem().Id.ShouldBe(gent.Id);
        (await log.ListByPersonAsync(Namur, Niss.Parse(JulieNiss, null), CancellationToken.None)).ShouldBeEmpty();
    }

    // The caller's unit of work is abandoned (never saved): the audit entry stays and the caller's change is not
    // saved along with it. (Not inside an open caller transaction: SQLite has one writer, and the audit would wait.)
    [Fact]
    public virtual async Task RecordAsync_CallerAbandonsItsUnitOfWork_KeepsOnlyTheEntry()
    {
        var log = new EfAuditLog(Settings, _clock);
        var entry = AuditSample(Namur, "case-2", Morning, ThomasNiss);
        await using (var caller = Context())
        {
            caller.Add(Person(Namur, ThomasNiss));
            await log.RecordAsync(entry, CancellationToken.None);
        }

        (await log.ListByCaseAsync(Namur, "case-2", CancellationToken.None)).ShouldHaveSingleItem().Id.ShouldBe(entry.Id);
        await using var db = Context();
        (await db.Persons.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public virtual async Task GetRegisterAsync_RegisterStored_ReturnsItOnlyForItsCpas()
    {
        var niss = Niss.Parse(ThomasNiss, null);
        var register = new IntegrationRegister(Namur, niss);
        register.Register(CapacityCode.UnderInvestigation, Today.AddDays(-3));
        await SaveAsync(register);
        await using var db = Context(tenant: null);
        var directory = new EfIntegrationDirectory(db);

        var read = await directory.GetRegisterAsync(Namur, niss, CancellationToken.None);
        var other = await directory.GetRegisterAsync(Gent, niss, CancellationToken.None);

        read.ShouldNotBeNull().Id.ShouldBe(register.Id);
        read.Integrations.ShouldHaveSingleItem().Code.ShouldBe(CapacityCode.UnderInvestigation);
        other.ShouldBeNull();
    }

    private PrimaWebDatabaseSettings Settings => _settings ?? throw new InvalidOperationException("Database not created.");

    private static AuditEntry AuditSample(string cpas, string caseId, DateTimeOffset at, params string[] persons) => new(
        Guid.NewGuid(),
        at,
        "social.worker",
        cpas,
        caseId,
        "request-1",
        [.. persons.Select(p => Niss.Parse(p, null))],
        "IdentifyPerson",
        "SPPIS_CPAS",
        "Loi du 26 mai 2002, art. 19",
        """{"niss":"85073003328"}""",
        AuditOutcome.RefusedByService,
        "403 not integrated",
        1,
        null);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Data.Aggregates;
using PrimaWeb.Workflows.Data.Providers;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using static PrimaWeb.Workflows.Data.Tests.Persistence.Samples;

using Case = PrimaWeb.Workflows.Domain.Cases.Case;

namespace PrimaWeb.Workflows.Data.Tests.Persistence;

/// <summary>
/// The persistence contract, run against each database engine by a subclass: every aggregate round-trips, a stale
/// update is refused without writing anything, tenants are isolated, bad input never reaches a table.
/// A subclass for a server provider overrides each test only to change its attribute (e.g. [PostgresFact]).
/// </summary>
public abstract partial class PersistenceTests : IAsyncLifetime
{
    private FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    private PrimaWebDatabaseSettings? _settings;

    /// <summary>Creates an empty database and returns how to reach it.</summary>
    protected abstract Task<PrimaWebDatabaseSettings> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    public async Task InitializeAsync()
    {
        _settings = await CreateDatabaseAsync();
        await using var db = Context(tenant: null);
        await db.Database.MigrateAsync();
        db.Tenants.AddRange(NamurTenant(), GentTenant());
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => DropDatabaseAsync();

    [Fact]
    public virtual async Task Migrate_EmptyDatabase_LeavesNoPendingModelChanges()
    {
        await using var db = Context();

        db.Database.HasPendingModelChanges().ShouldBeFalse();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public virtual async Task SaveChanges_Tenant_RoundTrips()
    {
        await using var db = Context();

        var tenant = await db.Tenants.SingleAsync(t => t.Id == Namur);

        tenant.Name.ShouldBe("CPAS de Namur");
        tenant.NisCode.ShouldBe("92094");
        tenant.EnterpriseNumber.ShouldBe("0212345668");
        tenant.DefaultLanguage.ShouldBe(Language.Fr);
    }

    [Fact]
    public virtual async Task SaveChanges_Person_RoundTripsNissAndAddress()
    {
        var address = new Address("Rue de Fer", "12", "3", "5000", "Namur");
        var person = Person(Namur, ThomasNiss, address: address);
        await SaveAsync(person);

        await using var db = Context();
        var read = await db.Persons.SingleAsync(p => p.Id == person.Id);

        read.Niss.ShouldBe(Niss.Parse(ThomasNiss, null));
        read.Niss.Formatted.ShouldBe("85.07.30-033.28");
        read.BirthDate.ShouldBe(new DateOnly(1985, 7, 30));
        read.Gender.ShouldBe(Gender.Male);
        (read.LastName, read.FirstName, read.Nationality, read.Language).ShouldBe(("Martin", "Thomas", "BE", Language.Fr));
        read.Address.ShouldBe(address);
    }

    [Fact]
    public virtual async Task SaveChanges_PersonWithoutAddress_ReadsNoAddress()
    {
        var person = Person(Namur, JulieNiss, "Lefèvre", "Julie");
        await SaveAsync(person);

        await using var db = Context();
        var read = await db.Persons.SingleAsync(p => p.Id == person.Id);

        read.Address.ShouldBeNull();
        read.Gender.ShouldBe(Gender.Female);
    }

    [Fact]
    public virtual async Task Query_PersonByNiss_FindsItThroughTheConverter()
    {
        await SaveAsync(Person(Namur, ThomasNiss));
        var niss = Niss.Parse("85.07.30-033.28", null);

        await using var db = Context();

        (await db.Persons.CountAsync(p => p.Niss == niss)).ShouldBe(1);
    }

    [Fact]
    public virtual async Task SaveChanges_CaseWithBothHouseholds_RoundTrips()
    {
        var (thomas, lucas, @case) = await SaveFamilyCaseAsync();

        await using var db = Context();
        var read = await db.Cases.SingleAsync(c => c.Id == @case.Id);

        (read.TenantId, read.Reference, read.MainPersonId, read.OpenedOn, read.Status, read.SocialWorkerId)
            .ShouldBe((Namur, "NA-2026-0001", thomas.Id, Today.AddMonths(-1), CaseStatus.Open, "namur-social-worker"));
        read.OfficialHousehold.Members.Select(m => (m.PersonId, m.Relation)).ShouldBe([(thomas.Id, HouseholdRelation.MainPerson), (lucas.Id, HouseholdRelation.Child)], ignoreOrder: true);
        read.DeFactoHousehold.Members.Select(m => (m.PersonId, m.Relation, m.To)).ShouldBe([(thomas.Id, HouseholdRelation.MainPerson, (DateOnly?)null)]);
    }

    [Fact]
    public virtual async Task SaveChanges_CaseHouseholdChanged_StoresTheNewComposition()
    {
        var (_, lucas, @case) = await SaveFamilyCaseAsync();
        await using (var db = Context())
        {
            var loaded = await db.Cases.SingleAsync(c => c.Id == @case.Id);
            var member = loaded.AddDeFactoMember(new HouseholdMemberEntry(lucas.Id, HouseholdRelation.Child, Today.AddDays(-20)));
            loaded.EndDeFactoMembership(member.Id, Today.AddDays(-1));
            loaded.ReplaceOfficialHousehold([new HouseholdMemberEntry(@case.MainPersonId, HouseholdRelation.MainPerson, Today.AddMonths(-1))]);
            await db.SaveChangesAsync();
        }

        await using var check = Context();
        var read = await check.Cases.SingleAsync(c => c.Id == @case.Id);

        read.OfficialHousehold.Members.Count.ShouldBe(1);
        read.DeFactoHousehold.Members.Single(m => m.PersonId == lucas.Id).Period.ShouldBe(new DatePeriod(Today.AddDays(-20), Today.AddDays(-1)));
        (await check.Cases.SelectMany(c => c.HouseholdMembers).CountAsync()).ShouldBe(3);
    }

    [Fact]
    public virtual async Task SaveChanges_IntegrationRegister_RoundTripsEveryLine()
    {
        var register = new IntegrationRegister(Namur, Niss.Parse(ThomasNiss, null));
        var enquiry = register.Register(CapacityCode.UnderInvestigation, Today.AddDays(-10)).Integration;
        register.Register(CapacityCode.HeatingAllowance, new DateOnly(2026, 1, 5));
        register.Disintegrate(enquiry.Id, Today.AddDays(-2));
        await SaveAsync(register);

        await using var db = Context();
        var read = await db.IntegrationRegisters.SingleAsync(r => r.Niss == register.Niss);

        read.Integrations.Select(i => (i.Code, i.Start, i.End, i.IsDisintegrated)).ShouldBe(
        [
            (CapacityCode.UnderInvestigation, Today.AddDays(-10), Today.AddDays(-2), true),
            (CapacityCode.HeatingAllowance, new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 31), false),
        ], ignoreOrder: true);
        read.IsIntegratedOn(Today.AddDays(-2)).ShouldBeTrue();
    }

    [Fact]
    public virtual async Task SaveChanges_RequestWithDecision_RoundTripsStatusAndDecision()
    {
        var (_, _, @case) = await SaveFamilyCaseAsync();
        var request = new Request(Namur, @case.Id, RequestType.Dis, Today.AddDays(-20), Today);
        request.StartInvestigation();
        request.PrepareProposal();
        request.SubmitToCouncil();
        request.Grant(Today.AddDays(-1), Today.AddDays(-20), Today, "Conditions remplies.");
        await SaveAsync(request);

        await using var db = Context();
        var read = await db.Requests.SingleAsync(r => r.Id == request.Id);

        (read.CaseId, read.Type, read.ReceivedOn, read.Status).ShouldBe((@case.Id, RequestType.Dis, Today.AddDays(-20), RequestStatus.Granted));
        read.LatestDecision.ShouldNotBeNull().Outcome.ShouldBe(DecisionOutcome.Granted);
        read.LatestDecision.Motivation.ShouldBe("Conditions remplies.");
        read.CanFire(RequestTrigger.SendForms).ShouldBeTrue();
    }

    [Fact]
    public virtual async Task SaveChanges_ChangedPartOfAggregate_StampsTheRootInUtc()
    {
        var createdAt = _clock.GetUtcNow();
        var (_, lucas, @case) = await SaveFamilyCaseAsync();
        _clock.Advance(TimeSpan.FromMinutes(90));
        await using (var db = Context())
        {
            var loaded = await db.Cases.SingleAsync(c => c.Id == @case.Id);
            loaded.AddDeFactoMember(new HouseholdMemberEntry(lucas.Id, HouseholdRelation.Child, Today.AddDays(-3)));
            await db.SaveChangesAsync();
        }

        await using var check = Context();
        var stamps = await check.Cases.Where(c => c.Id == @case.Id)
            .Select(c => new { Created = EF.Property<DateTimeOffset>(c, ChangeStamps.CreatedAt), Updated = EF.Property<DateTimeOffset>(c, ChangeStamps.UpdatedAt) })
            .SingleAsync();

        stamps.Created.ShouldBe(createdAt);
        stamps.Updated.ShouldBe(createdAt.AddMinutes(90));
        stamps.Updated.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public virtual async Task Query_ByInstant_ComparesAndOrdersLikeTheInstants()
    {
        var start = _clock.GetUtcNow();
        // Saved out of time order, so that insertion order cannot pass for instant order.
        foreach (var (niss, offset) in new[] { (ThomasNiss, TimeSpan.FromHours(2)), (LucasNiss, TimeSpan.FromMilliseconds(1)), (JulieNiss, TimeSpan.FromHours(1)) })
        {
            _clock = new FakeTimeProvider(start + offset);
            await SaveAsync(Person(Namur, niss));
        }

        await using var db = Context();
        var after = start.AddMinutes(30);
        var ordered = await db.Persons
            .Where(p => EF.Property<DateTimeOffset>(p, ChangeStamps.UpdatedAt) > after)
            .OrderByDescending(p => EF.Property<DateTimeOffset>(p, ChangeStamps.UpdatedAt))
            .Select(p => p.Niss)
            .ToListAsync();

        ordered.Select(n => n.Value).ShouldBe([ThomasNiss, JulieNiss]);
    }

    [Fact]
    public virtual async Task SaveChanges_StaleCase_ThrowsConflictNamingItAndKeepsTheOtherWrite()
    {
        var (_, _, @case) = await SaveFamilyCaseAsync();
        await using var first = Context();
        await using var second = Context();
        var firstCopy = await first.Cases.SingleAsync(c => c.Id == @case.Id);
        var staleCopy = await second.Cases.SingleAsync(c => c.Id == @case.Id);

        firstCopy.AssignSocialWorker("namur-manager");
        await first.SaveChangesAsync();
        staleCopy.Close(Today, Today);
        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());

        (conflict.Aggregate, conflict.Id).ShouldBe(("Case", @case.Id.ToString()));
        conflict.Message.ShouldContain($"Case {@case.Id} was changed by someone else");
        await using var check = Context();
        var stored = await check.Cases.SingleAsync(c => c.Id == @case.Id);
        (stored.SocialWorkerId, stored.Status, stored.ClosedOn).ShouldBe(("namur-manager", CaseStatus.Open, (DateOnly?)null));
    }

    [Fact]
    public virtual async Task SaveChanges_StalePartOfAggregate_ThrowsConflictOnTheRoot()
    {
        var (_, lucas, @case) = await SaveFamilyCaseAsync();
        await using var first = Context();
        await using var second = Context();
        var firstCopy = await first.Cases.SingleAsync(c => c.Id == @case.Id);
        var staleCopy = await second.Cases.SingleAsync(c => c.Id == @case.Id);

        firstCopy.AddDeFactoMember(new HouseholdMemberEntry(lucas.Id, HouseholdRelation.Child, Today.AddDays(-5)));
        await first.SaveChangesAsync();
        staleCopy.AddDeFactoMember(new HouseholdMemberEntry(lucas.Id, HouseholdRelation.Other, Today.AddDays(-30), Today.AddDays(-10)));
        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());

        conflict.Aggregate.ShouldBe("Case");
        await using var check = Context();
        var stored = await check.Cases.SingleAsync(c => c.Id == @case.Id);
        stored.DeFactoHousehold.Members.Where(m => m.PersonId == lucas.Id).Select(m => m.Relation).ShouldBe([HouseholdRelation.Child]);
    }

    [Fact]
    public virtual async Task SaveChanges_ConflictInOneAggregate_WritesNothingOfTheWholeSave()
    {
        var (_, _, @case) = await SaveFamilyCaseAsync();
        await using var first = Context();
        await using var second = Context();
        var firstCopy = await first.Cases.SingleAsync(c => c.Id == @case.Id);
        var staleCopy = await second.Cases.SingleAsync(c => c.Id == @case.Id);
        firstCopy.AssignSocialWorker("namur-manager");
        await first.SaveChangesAsync();

        second.Persons.Add(Person(Namur, JulieNiss, "Lefèvre", "Julie"));
        second.Requests.Add(new Request(Namur, @case.Id, RequestType.OtherAid, Today, Today));
        staleCopy.AssignSocialWorker(null);
        await Should.ThrowAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());

        await using var check = Context();
        (await check.Persons.CountAsync()).ShouldBe(2);
        (await check.Requests.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public virtual async Task SaveChanges_SameNissTwiceInOneTenant_IsRefusedByTheUniqueIndex()
    {
        await SaveAsync(Person(Namur, ThomasNiss));

        await Should.ThrowAsync<DbUpdateException>(() => SaveAsync(Person(Namur, ThomasNiss, "Martin", "Tom")));

        await using var db = Context();
        (await db.Persons.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public virtual async Task SaveChanges_SameNissInTwoTenants_IsAccepted()
    {
        await SaveAsync(Person(Namur, ThomasNiss));

        await SaveAsync(Person(Gent, ThomasNiss), Gent);

        await using var db = Context(tenant: null);
        (await db.Persons.IgnoreQueryFilters().CountAsync(p => p.Niss == Niss.Parse(ThomasNiss, null))).ShouldBe(2);
    }

    [Fact]
    public virtual async Task Query_OtherTenantsRows_AreNotVisible()
    {
        await SaveFamilyCaseAsync();
        await SaveAsync(Person(Gent, JulieNiss, "De Smet", "Lotte"), Gent);

        await using var gent = Context(Gent);
        await using var namur = Context(Namur);

        (await gent.Cases.CountAsync()).ShouldBe(0);
        (await gent.Persons.Select(p => p.LastName).ToListAsync()).ShouldBe(["De Smet"]);
        (await namur.Persons.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public virtual async Task Query_WithoutTenant_FailsWithAClearMessage()
    {
        await using var db = Context(tenant: null);

        var exception = await Should.ThrowAsync<InvalidOperationException>(() => db.Cases.ToListAsync());

        Flatten(exception).ShouldContain("No tenant is in scope");
    }

    [Fact]
    public virtual async Task SaveChanges_RowOfAnotherTenant_IsRefusedAndNothingStored()
    {
        await using (var gent = Context(Gent))
        {
            gent.Persons.Add(Person(Namur, ThomasNiss));
            var exception = await Should.ThrowAsync<TenantMismatchException>(() => gent.SaveChangesAsync());
            exception.Message.ShouldBe("A Person of tenant 'cpas-namur' cannot be written while working for tenant 'ocmw-gent'; nothing was saved.");
        }

        await using var db = Context(tenant: null);
        (await db.Persons.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public virtual async Task Store_InvalidNiss_IsRefusedWithTheReasonAndNothingStored()
    {
        var exception = await Should.ThrowAsync<InvalidNissException>(() => SaveAsync(() => Person(Namur, "85.07.30-033.29")));

        exception.Message.ShouldContain("check digits 29");
        await using var db = Context();
        (await db.Persons.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public virtual async Task Store_IntegrationLongerThanItsCodeAllows_IsRefusedAndNothingStored()
    {
        var exception = await Should.ThrowAsync<DomainValidationException>(() => SaveAsync(() =>
        {
            var register = new IntegrationRegister(Namur, Niss.Parse(ThomasNiss, null));
            register.Register(CapacityCode.UnderInvestigation, Today, Today.AddMonths(3));
            return register;
        }));

        exception.Message.ShouldContain("lasts at most 2 months");
        await using var db = Context();
        (await db.IntegrationRegisters.CountAsync()).ShouldBe(0);
        (await db.IntegrationRegisters.IgnoreQueryFilters().SelectMany(r => r.Integrations).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public virtual async Task Store_ExtensionBeyondItsCodesMaximum_IsRefusedAndTheStoredLineKept()
    {
        var register = new IntegrationRegister(Namur, Niss.Parse(ThomasNiss, null));
        var line = register.Register(CapacityCode.UnderInvestigation, Today.AddDays(-10)).Integration;
        await SaveAsync(register);

        await using (var db = Context())
        {
            var loaded = await db.IntegrationRegisters.SingleAsync();
            Should.Throw<DomainValidationException>(() => loaded.Extend(line.Id, Today.AddMonths(4), Today));
        }

        await using var check = Context();
        (await check.IntegrationRegisters.SingleAsync()).Integrations.Single().End.ShouldBe(line.End);
    }

    [Fact]
    public virtual async Task Store_RequestReceivedInTheFuture_IsRefusedAndNothingStored()
    {
        var (_, _, @case) = await SaveFamilyCaseAsync();

        var exception = await Should.ThrowAsync<DomainValidationException>(() => SaveAsync(() => new Request(Namur, @case.Id, RequestType.Dis, Today.AddDays(1), Today)));

        exception.Field.ShouldBe(nameof(Request.ReceivedOn));
        exception.Message.ShouldContain("is in the future");
        await using var db = Context();
        (await db.Requests.CountAsync()).ShouldBe(0);
    }

    protected PrimaWebDbContext Context(string? tenant = Namur) =>
        PrimaWebDbContextOptions.CreateContext(_settings ?? throw new InvalidOperationException("Database not created."), new FixedTenant(tenant), _clock);

    private async Task SaveAsync(object entity, string tenant = Namur) => await SaveAsync(() => entity, tenant);

    // As an application service does: build the aggregate (where the domain refuses bad input), then add and save.
    private async Task SaveAsync(Func<object> build, string tenant = Namur)
    {
        await using var db = Context(tenant);
        db.Add(build());
        await db.SaveChangesAsync();
    }

    private async Task<(Person Thomas, Person Lucas, Case Case)> SaveFamilyCaseAsync()
    {
        var thomas = Person(Namur, ThomasNiss);
        var lucas = Person(Namur, LucasNiss, "Martin", "Lucas");
        var @case = Case(Namur, thomas);
        @case.ReplaceOfficialHousehold(
        [
            new HouseholdMemberEntry(thomas.Id, HouseholdRelation.MainPerson, Today.AddMonths(-1)),
            new HouseholdMemberEntry(lucas.Id, HouseholdRelation.Child, Today.AddMonths(-1)),
        ]);
        await using var db = Context();
        db.AddRange(thomas, lucas, @case);
        await db.SaveChangesAsync();
        return (thomas, lucas, @case);
    }

    private static string Flatten(Exception exception) =>
        exception.InnerException is null ? exception.Message : $"{exception.Message} {Flatten(exception.InnerException)}";
}

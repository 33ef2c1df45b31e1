using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PrimaWeb.Workflows.Data.Providers;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;

namespace PrimaWeb.Workflows.Data.Tests.Model;

public sealed class ModelTests
{
    public static TheoryData<DatabaseProvider> Providers => OfflineContexts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public void HasPendingModelChanges_MigrationsOfEachProvider_MatchTheModel(DatabaseProvider provider)
    {
        using var db = OfflineContexts.Create(provider);

        // Fails when the model changed without a migration for this provider (see docs/adr/0002-database-providers.md).
        db.Database.HasPendingModelChanges().ShouldBeFalse($"{provider} needs a migration: run dotnet ef migrations add for it.");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_DomainAggregatesOfACpas_AreTenantOwnedAndFiltered(DatabaseProvider provider)
    {
        using var db = OfflineContexts.Create(provider);

        var owned = db.Model.GetEntityTypes().Where(type => type.IsTenantOwned()).ToList();

        owned.Select(type => type.ClrType.Name).ShouldBe(["AidRecord", "AuditRow", "Case", "CaseReferenceCounter", "Consultation", "IntegrationRegister", "NotificationLetter", "Person", "Request", "ResourceStatement", "RisCalculationRecord", "SocialReport", "SppIsForm", "StaffMember"], ignoreOrder: true);
        owned.ShouldAllBe(type => type.GetDeclaredQueryFilters().Any());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_EveryEntityWithATenantColumn_IsFilteredOrSaysWhyNot(DatabaseProvider provider)
    {
        using var db = OfflineContexts.Create(provider);

        var unprotected = db.Model.GetEntityTypes()
            .Where(type => type.FindProperty(TenantModel.TenantIdProperty) is not null)
            .Where(type => !type.IsTenantOwned() && string.IsNullOrWhiteSpace(type.TenantFilterExemption()))
            .Select(type => type.ClrType.Name);

        unprotected.ShouldBeEmpty("Call IsTenantOwned() or ExemptFromTenantFilter(reason) in the entity's configuration.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_EveryAggregateRoot_HasAConcurrencyVersion(DatabaseProvider provider)
    {
        using var db = OfflineContexts.Create(provider);

        var roots = DomainEntities(db).Where(type => !type.IsOwned()).ToList();

        roots.ShouldNotBeEmpty();
        foreach (var root in roots)
        {
            root.FindProperty(ConcurrencyVersion.PropertyName).ShouldNotBeNull(root.Name).IsConcurrencyToken.ShouldBeTrue(root.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_EnumerationsExceptCapacityCodes_AreStoredByName(DatabaseProvider provider)
    {
        using var db = OfflineContexts.Create(provider);

        var enums = db.Model.GetEntityTypes().SelectMany(type => type.GetProperties())
            .Where(property => (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType).IsEnum)
            .ToList();

        enums.ShouldNotBeEmpty();
        foreach (var property in enums)
        {
            var stored = property.GetTypeMapping().Converter?.ProviderClrType;
            stored.ShouldBe(property.Name == "Code" ? typeof(int) : typeof(string), $"{property.DeclaringType.DisplayName()}.{property.Name}");
        }
    }

    // The engine's rows follow the engine's own rules: it puts the concurrency column on the rows it updates (not on
    // append-only ones such as the journal), and its inbox queries scope human tasks to a tenant.
    private static IEnumerable<IEntityType> DomainEntities(DbContext db) =>
        db.Model.GetEntityTypes().Where(type => type.ClrType.Namespace?.StartsWith("PrimaWeb.Workflows.Domain", StringComparison.Ordinal) == true);
}

using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data.Audit;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Domain.Tenants;
using PrimaWeb.Workflows.Engine.EFCore;

namespace PrimaWeb.Workflows.Data;

/// <summary>
/// The application's one unit of work: the domain tables and (once the engine's model is applied) the workflow
/// engine's tables, so that one burst of workflow execution commits everything in one transaction.
/// Abstract: each provider has a derived context with its own migrations (see <see cref="Providers"/>).
/// Rows owned by a CPAS are filtered to the current tenant (see <see cref="Tenancy.TenantModel"/>).
/// </summary>
public abstract class PrimaWebDbContext : DbContext
{
    private readonly ICurrentTenant? _tenant;

    protected PrimaWebDbContext(DbContextOptions options, ICurrentTenant? tenant)
        : base(options)
    {
        _tenant = tenant;
    }

    /// <summary>The tenant whose rows this context sees; null outside a user's request (start-up, jobs, tools).</summary>
    public ICurrentTenant? TenantScope => _tenant;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<IntegrationRegister> IntegrationRegisters => Set<IntegrationRegister>();

    public DbSet<Request> Requests => Set<Request>();

    /// <summary>The CPAS's staff as known from their sign-ins (names for letters and the inbox).</summary>
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    /// <summary>The federal-service gateway's audit (see <see cref="Audit.EfAuditLog"/>).</summary>
    public DbSet<AuditRow> AuditRows => Set<AuditRow>();

    /// <summary>
    /// Read by the tenant query filters for each query. Without a tenant in scope a query on tenant-owned rows fails
    /// loudly rather than returning another CPAS's rows or silently nothing; system code uses IgnoreQueryFilters().
    /// </summary>
    internal string CurrentTenantId => _tenant?.TenantId
        ?? throw new InvalidOperationException(
            "No tenant is in scope: tenant-owned rows can only be queried for the signed-in user's CPAS. "
            + "System code that must see every CPAS calls IgnoreQueryFilters() explicitly.");

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw ConcurrencyConflicts.Describe(exception);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw ConcurrencyConflicts.Describe(exception);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money: two decimals unless a configuration says otherwise.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);

        // Enumerations by name: reordering or inserting a member never changes what a stored row means.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PrimaWebDbContext).Assembly);

        // The engine's tables (instances, bookmarks, tasks, timers, journal, outbox) in the same model, so one burst
        // commits the workflow's state with the domain changes its activities made. Instants follow this context's
        // conventions (UTC text on SQLite), like every domain instant.
        modelBuilder.ApplyWorkflowEngineModel(instantsAsTicks: false);
        ExemptEngineRowsFromTenantFilter(modelBuilder);

        // Last, so that it sees every tenant-owned entity, the engine's included.
        TenantModel.ApplyTenantFilters(modelBuilder, this);
    }

    private static void ExemptEngineRowsFromTenantFilter(ModelBuilder modelBuilder)
    {
        var engineRowsWithTenant = modelBuilder.Model.GetEntityTypes()
            .Where(type => type.ClrType.Namespace?.StartsWith("PrimaWeb.Workflows.Engine", StringComparison.Ordinal) == true
                && type.FindProperty(TenantModel.TenantIdProperty) is not null)
            .Select(type => type.ClrType)
            .ToList();
        foreach (var type in engineRowsWithTenant)
        {
            modelBuilder.Entity(type).ExemptFromTenantFilter(
                "Engine rows: the runner and its jobs read them for every CPAS; inbox queries name the tenant.");
        }
    }
}

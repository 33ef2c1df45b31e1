using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.FederalServices.Control;

namespace PrimaWeb.Workflows.Data.Integrations;

/// <summary>
/// The gateway's integration control reads the registers from the caller's unit of work, so a register integrated
/// earlier in the same request is seen. The CPAS is an explicit argument: the query names it and bypasses the
/// tenant filter, so that a job without a user in scope (no tenant) can still be checked for its CPAS.
/// </summary>
public sealed class EfIntegrationDirectory(PrimaWebDbContext db) : IIntegrationDirectory
{
    public Task<IntegrationRegister?> GetRegisterAsync(string cpas, Niss person, CancellationToken cancellationToken) =>
        db.IntegrationRegisters.IgnoreQueryFilters()
            .Where(register => EF.Property<string>(register, TenantModel.TenantIdProperty) == cpas && register.Niss == person)
            .SingleOrDefaultAsync(cancellationToken);
}

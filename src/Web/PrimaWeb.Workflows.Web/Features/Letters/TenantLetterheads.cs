using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Web.Features.Letters;

/// <summary>
/// The letterhead read from the CPAS's tenant row, so a letter prints "CPAS de Namur" rather than the tenant code.
/// The tenant keeps no postal address or labour court yet: those lines stay blank, as the static fallback leaves them.
/// The query bypasses the tenant filter: a letter may be rendered by a job with no user in scope.
/// </summary>
internal sealed class TenantLetterheads(PrimaWebDbContext db) : ICpasLetterheads
{
    private static readonly LetterAddress Unknown = new("", "", null, "", "", "BE", "", "");

    public async Task<LetterCpas> ForAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Tenants.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        var court = tenant?.DefaultLanguage switch
        {
            Language.Fr => "Tribunal du travail",
            Language.Nl => "Arbeidsrechtbank",
            _ => "tribunal du travail / arbeidsrechtbank",
        };
        return new LetterCpas(tenant?.Name ?? tenantId, Unknown, null, null, new LetterCourt(court, Unknown));
    }
}

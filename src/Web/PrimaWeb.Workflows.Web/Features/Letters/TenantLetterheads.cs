using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Web.Features.Letters;

/// <summary>
/// The letterhead read from the CPAS's tenant row, so a letter prints "CPAS de Namur" rather than the tenant code, and
/// the CPAS's phone number (the contact person's line too: social workers are reached through the CPAS).
/// The address lines come from the CPAS's postal address, composed in its own language; the tenant keeps no labour
/// court address yet, so those lines (and the address of a CPAS that has not given one) stay blank, as the static
/// fallback leaves them.
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
        var address = tenant?.Address is { } postal ? LetterAddress.From(postal, tenant.DefaultLanguage) : Unknown;
        return new LetterCpas(tenant?.Name ?? tenantId, address, tenant?.Phone, null, new LetterCourt(court, Unknown));
    }
}

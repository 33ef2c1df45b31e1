using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// Opens a case for a person of the CPAS, importing the person from the National Register first when unknown; the
/// person and the case are saved together.
/// </summary>
public sealed class CaseOpening(PrimaWebDbContext db, PersonDirectory persons, ICurrentUser user)
{
    /// <summary>The case opened, or the open case the person already has (flagged as existing).</summary>
    public async Task<(Case Case, bool Existing)> OpenAsync(Niss niss, DateOnly openedOn, DateOnly today, string? socialWorkerId, CancellationToken cancellationToken)
    {
        var person = await persons.FindOrImportAsync(niss, null, cancellationToken);
        var open = await db.Cases.FirstOrDefaultAsync(c => c.MainPersonId == person.Id && c.Status == CaseStatus.Open, cancellationToken);
        if (open is not null)
        {
            return (open, true);
        }

        var @case = new Case(user.TenantCode, await NextReferenceAsync(openedOn.Year, cancellationToken), person.Id, openedOn, today, socialWorkerId ?? user.UserId);
        db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        return (@case, false);
    }

    /// <summary>
    /// <c>NA-2026-0004</c>: two letters of the CPAS (from its code), the year, the next number of the year. Two openings at
    /// the same instant would collide on the unique reference and one would be refused, never duplicated.
    /// </summary>
    private async Task<string> NextReferenceAsync(int year, CancellationToken cancellationToken)
    {
        var code = user.TenantCode;
        var name = code[(code.LastIndexOf('-') + 1)..];
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{name[..Math.Min(2, name.Length)].ToUpperInvariant()}-{year}-");
        var references = await db.Cases.Where(c => c.Reference.StartsWith(prefix)).Select(c => c.Reference).ToListAsync(cancellationToken);
        var last = references
            .Select(r => int.TryParse(r.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{last + 1:0000}");
    }
}

using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Data.Cases;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Engine.EFCore;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// Opens a case for a person of the CPAS, importing the person from the National Register first when unknown; the
/// person and the case are saved together, with the next reference of the year (<see cref="CaseReferences"/>). Then the
/// official household is imported from the National Register when the CPAS may already read it (the person is
/// integrated), and the de facto household starts as its copy; otherwise the first consultation of the register imports it.
/// </summary>
public sealed class CaseOpening(PrimaWebDbContext db, PersonDirectory persons, CaseReferences references, OfficialHouseholdImport households, ICurrentUser user)
{
    /// <summary>A person imported twice at once meets the unique NISS; the repeat finds the person saved.</summary>
    private const int Attempts = 3;

    /// <summary>The case opened, or the open case the person already has (flagged as existing).</summary>
    public async Task<(Case Case, bool Existing)> OpenAsync(Niss niss, DateOnly openedOn, DateOnly today, string? socialWorkerId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryOpenAsync(niss, openedOn, today, socialWorkerId, cancellationToken);
            }
            catch (DbUpdateException collision) when (attempt < Attempts && UniqueViolation.Matches(collision))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(Case Case, bool Existing)> TryOpenAsync(Niss niss, DateOnly openedOn, DateOnly today, string? socialWorkerId, CancellationToken cancellationToken)
    {
        await references.EnsureCounterAsync(user.TenantCode, openedOn.Year, cancellationToken);
        var person = await persons.FindOrImportAsync(niss, null, cancellationToken);

        // The counter's row is held from here to the commit: the CPAS's openings of the year pass one at a time, so the
        // check for an open case of the person sees every case opened before this one.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reference = await references.NextAsync(user.TenantCode, openedOn.Year, cancellationToken);
        var open = await db.Cases.FirstOrDefaultAsync(c => c.MainPersonId == person.Id && c.Status == CaseStatus.Open, cancellationToken);
        if (open is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (open, true);
        }

        var @case = new Case(user.TenantCode, reference, person.Id, openedOn, today, socialWorkerId ?? user.UserId);
        db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (await households.ImportAsync(@case, user.UserId, cancellationToken) == HouseholdImportOutcome.Imported)
        {
            var official = @case.OfficialHousehold.Members.Select(m => new HouseholdMemberEntry(m.PersonId, m.Relation, m.From, m.To));
            @case.ReplaceDeFactoHousehold(official);
            await db.SaveChangesAsync(cancellationToken);
        }

        return (@case, false);
    }
}

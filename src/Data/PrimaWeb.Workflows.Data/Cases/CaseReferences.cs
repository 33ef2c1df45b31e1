using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Engine.EFCore;

namespace PrimaWeb.Workflows.Data.Cases;

/// <summary>
/// Numbers the cases of a CPAS per year: <c>NA-2026-0004</c> is two letters of the CPAS (from its code), the year and
/// the next number of that year. The number comes from the CPAS's counter row for the year, incremented by one
/// <c>UPDATE … SET Last = Last + 1</c>: every provider (SQLite, PostgreSQL, SQL Server) lets one transaction at a time
/// update that row, so simultaneous openings are numbered one after the other instead of colliding.
/// </summary>
public sealed class CaseReferences(PrimaWebDbContext db)
{
    /// <summary>
    /// Creates the CPAS's counter for <paramref name="year"/> when it has none, starting after the highest number already
    /// given (cases opened before the counter existed). Call outside a transaction and with nothing else pending: two
    /// callers may race to create it, and the loser simply finds it made.
    /// </summary>
    public async Task EnsureCounterAsync(string tenantId, int year, CancellationToken cancellationToken)
    {
        if (await db.Set<CaseReferenceCounter>().AnyAsync(c => c.Year == year, cancellationToken))
        {
            return;
        }

        var prefix = Prefix(tenantId, year);
        var references = await db.Cases.Where(c => c.Reference.StartsWith(prefix)).Select(c => c.Reference).ToListAsync(cancellationToken);
        var last = references
            .Select(r => int.TryParse(r.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        var counter = new CaseReferenceCounter { TenantId = tenantId, Year = year, Last = last };
        db.Add(counter);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException created) when (UniqueViolation.Matches(created))
        {
            // Another opening created it first: the counter exists, which is all this step is for.
        }
        finally
        {
            db.Entry(counter).State = EntityState.Detached;
        }
    }

    /// <summary>
    /// The next reference of the year. Call inside the transaction that saves the case: the counter's row stays locked
    /// until it commits, and a rollback gives the number back.
    /// </summary>
    public async Task<string> NextAsync(string tenantId, int year, CancellationToken cancellationToken)
    {
        var counters = db.Set<CaseReferenceCounter>().Where(c => c.Year == year);
        if (await counters.ExecuteUpdateAsync(set => set.SetProperty(c => c.Last, c => c.Last + 1), cancellationToken) != 1)
        {
            throw new InvalidOperationException($"The case counter of {tenantId} for {year} is missing; EnsureCounterAsync creates it.");
        }

        var number = await counters.Select(c => c.Last).SingleAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix(tenantId, year)}{number:0000}");
    }

    private static string Prefix(string tenantId, int year)
    {
        var name = tenantId[(tenantId.LastIndexOf('-') + 1)..];
        return string.Create(CultureInfo.InvariantCulture, $"{name[..Math.Min(2, name.Length)].ToUpperInvariant()}-{year}-");
    }
}

using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Data.CaseFiles;

/// <summary>The awaited SPP-IS answers of every CPAS; system code, so the tenant filter is bypassed on purpose.</summary>
public sealed class EfSppIsFormQueue(PrimaWebDbContext db) : ISppIsFormQueue
{
    public async Task<IReadOnlyList<SppIsForm>> AwaitingAnswerAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return await db.Set<SppIsForm>().IgnoreQueryFilters()
            .Where(form => (form.Status == SppIsFormStatus.Sent || form.Status == SppIsFormStatus.Unanswered) && form.FormId != null)
            .OrderBy(form => form.SentAt)
            .ThenBy(form => form.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
    }
}

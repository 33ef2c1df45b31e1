using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Data.CaseFiles;

/// <summary>
/// Saves what the outbox handlers and the answer poller changed through <see cref="EfCaseFileStore"/>: the same scoped
/// context, so the store's tracked entities and added records are exactly what this commits.
/// </summary>
public sealed class EfCaseFileUnitOfWork(PrimaWebDbContext db) : ICaseFileUnitOfWork
{
    public Task SaveChangesAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);
}

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// Commits what was changed through <see cref="ICaseFileStore"/> outside a workflow burst: the outbox handlers and the
/// SPP-IS answer polling job record the federal answers in their own scope, save, then signal the instance.
/// Implemented on the application's DbContext.
/// </summary>
public interface ICaseFileUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken = default);
}

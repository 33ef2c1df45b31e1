using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// The requests whose granted aid runs (accepted by the SPP-IS), of every CPAS, for the recurring indexation review. It
/// runs with no user and no tenant in scope; each request names its tenant.
/// </summary>
public interface IRunningGrants
{
    /// <summary>The requests of <paramref name="types"/> whose status is <see cref="RequestStatus.AcceptedBySppIs"/>, with their decisions.</summary>
    Task<IReadOnlyList<Request>> AcceptedAsync(IReadOnlyCollection<RequestType> types, CancellationToken cancellationToken = default);
}

using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// The requests whose aid was granted, of every CPAS, for the recurring jobs (the indexation review, the monthly Loi 65
/// expense claims). They run with no user and no tenant in scope; each request names its tenant.
/// </summary>
public interface IRunningGrants
{
    /// <summary>The requests of <paramref name="types"/> whose status is <see cref="RequestStatus.AcceptedBySppIs"/>, with their decisions.</summary>
    Task<IReadOnlyList<Request>> AcceptedAsync(IReadOnlyCollection<RequestType> types, CancellationToken cancellationToken = default);

    /// <summary>The requests of <paramref name="types"/> with at least one grant, whatever became of it since (suspended, withdrawn, closed).</summary>
    Task<IReadOnlyList<Request>> GrantedAsync(IReadOnlyCollection<RequestType> types, CancellationToken cancellationToken = default);
}

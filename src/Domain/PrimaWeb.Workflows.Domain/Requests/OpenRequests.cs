using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>
/// A case holds one open request of a type at a time (unless the type's definition allows several): a second DIS
/// while the first is being examined or paid would start a second workflow on the same aid. A request is open until
/// it is closed or withdrawn.
/// </summary>
public static class OpenRequests
{
    /// <summary>The statuses in which a request is no longer open.</summary>
    public static IReadOnlyList<RequestStatus> Ended { get; } = [RequestStatus.Closed, RequestStatus.Withdrawn];

    public static bool IsOpen(RequestStatus status) => !Ended.Contains(status);

    /// <summary>Refuses a new request of <paramref name="type"/> when one of <paramref name="requestsOfCase"/> is open, naming it.</summary>
    public static void EnsureNoneOpen(IEnumerable<Request> requestsOfCase, RequestType type)
    {
        ArgumentNullException.ThrowIfNull(requestsOfCase);
        var open = requestsOfCase.Where(r => r.Type == type && IsOpen(r.Status)).OrderBy(r => r.ReceivedOn).FirstOrDefault();
        if (open is not null)
        {
            throw new DomainValidationException(
                nameof(Request.Type),
                RuleCodes.RequestAlreadyOpen,
                $"The case already has an open {type} request, received on {LegalDate.Format(open.ReceivedOn)} ({open.Id}, {open.Status}); close or withdraw it first.",
                type,
                open.ReceivedOn,
                open.Id,
                open.Status);
        }
    }
}

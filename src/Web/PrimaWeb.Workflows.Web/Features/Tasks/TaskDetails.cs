using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Cases;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// A task as its page shows it: the engine's row and history, beside its case and request when the CPAS has them, and
/// whether the user may work it.
/// </summary>
public sealed record TaskDetails(
    HumanTask Task,
    IReadOnlyList<FormField> Form,
    IReadOnlyList<HumanTaskHistoryEntry> History,
    CaseFile? Case,
    TaskRequest? Request,
    TaskAccess Access);

/// <summary>The request a task belongs to, as the task page summarises it.</summary>
public sealed record TaskRequest(Guid Id, RequestType Type, DateOnly ReceivedOn, RequestStatus Status);

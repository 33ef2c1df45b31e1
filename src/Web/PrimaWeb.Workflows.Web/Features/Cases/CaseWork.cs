using PrimaWeb.Workflows.Data.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Journal;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>What the case page shows below the households: the requests with their workflow journal, and the case file.</summary>
public sealed record CaseWork(IReadOnlyList<CaseRequest> Requests, CaseFileView File);

/// <summary>A request of the case with the engine's journal of its workflow instance (empty before the workflow starts).</summary>
public sealed record CaseRequest(Guid Id, RequestType Type, DateOnly ReceivedOn, RequestStatus Status, Guid? WorkflowInstanceId, IReadOnlyList<JournalEntry> Journal);

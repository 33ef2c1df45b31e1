using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Tenants;

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// What every piece of a case file shares: the CPAS that owns it, the case and the request it documents, when it was
/// recorded and by whom ("system" for workflow steps that no user caused).
/// </summary>
public abstract class CaseFileRecord
{
    protected CaseFileRecord(string tenantId, Guid caseId, Guid? requestId, DateTimeOffset recordedAt, string recordedBy)
    {
        Id = Guid.CreateVersion7();
        TenantId = TenantCode.Validate(tenantId);
        CaseId = Guard.RequiredId(caseId, nameof(CaseId), "case");
        RequestId = requestId == Guid.Empty ? null : requestId;
        RecordedAt = recordedAt.ToUniversalTime();
        RecordedBy = Guard.RequiredText(recordedBy, nameof(RecordedBy), "author", 100);
    }

    // For EF Core.
    protected CaseFileRecord()
    {
        TenantId = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid? RequestId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }
}

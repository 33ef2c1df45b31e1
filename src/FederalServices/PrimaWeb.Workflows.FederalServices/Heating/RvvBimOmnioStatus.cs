using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.Heating;

/// <summary>OCMWCPASRvvBimOmnioStatus: whether the person has the increased reimbursement (BIM) or OMNIO status on a day.</summary>
public sealed record RvvBimOmnioStatusRequest(Niss SSIN, DateOnly ReferenceDate);

public sealed record RvvBimOmnioStatusAnswer(Niss SSIN, DateOnly ReferenceDate, bool Bim, bool Omnio, int? MutualityCode);

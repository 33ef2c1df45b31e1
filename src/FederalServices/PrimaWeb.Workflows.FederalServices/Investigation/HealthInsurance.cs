using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>OCMWCPASHealthInsurance: insurability (mutuality, holder or dependant, BIM) over a period.</summary>
public sealed record HealthInsuranceRequest(Niss SSIN, Period Period);

public sealed record HealthInsuranceAnswer(Niss SSIN, IReadOnlyList<InsurabilityPeriod> Insurabilities);

/// <summary>One insurability period with a mutuality (code 1xx–6xx), and the increased reimbursement flag.</summary>
public sealed record InsurabilityPeriod(int MutualityCode, string MutualityName, Period Period, bool IsHolder, bool IncreasedReimbursement);

using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>L950: the ONSS / ONSSAPL personnel file of a person over a period (employments declared by employers).</summary>
public sealed record L950Request(Niss SSIN, Period Period);

public sealed record L950Answer(Niss SSIN, IReadOnlyList<EmploymentLine> Employments);

/// <summary>One employment: employer (ONSS number and KBO), class of worker, joint committee, period, working time.</summary>
public sealed record EmploymentLine(
    string EmployerNumber,
    string CompanyId,
    string EmployerName,
    string Sector,
    string WorkerClass,
    int JointCommittee,
    Period Period,
    decimal WorkingTimePercentage);

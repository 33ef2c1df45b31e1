using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>"Consultation du Cadastre des Pensions": legal and complementary pensions paid over a period.</summary>
public sealed record PensionCadastreRequest(Niss SSIN, Period Period);

public sealed record PensionCadastreAnswer(Niss SSIN, IReadOnlyList<PensionRight> Pensions);

/// <summary>One pension: paying institution, type (retirement, survivor, GRAPA), gross monthly amount, period.</summary>
public sealed record PensionRight(string Institution, string PensionType, decimal MonthlyGrossAmount, Period Period);

using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>"Consultation de la base de données chômage" (ONEM): unemployment benefits paid per month over a period.</summary>
public sealed record UnemploymentRequest(Niss SSIN, Period Period);

public sealed record UnemploymentAnswer(Niss SSIN, IReadOnlyList<UnemploymentLine> Payments);

/// <summary>One month paid: payment institution (CAPAC or a union), benefit type, daily amount and days.</summary>
public sealed record UnemploymentLine(string PaymentInstitution, string BenefitType, int Year, int Month, decimal DailyAmount, int Days);

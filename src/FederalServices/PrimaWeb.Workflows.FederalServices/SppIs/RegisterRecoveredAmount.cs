using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>
/// OCMWCPASRegisterRecoveredAmount: an amount recovered for a DIS grant, reported to the SPP-IS with its recovery type
/// (01 RIS 50–70 %, 04 PIIS, 05 foreigners register, 06 homeless first dwelling, 08 art. 61…).
/// </summary>
public sealed record RegisterRecoveredAmountRequest(
    string FileNumber,
    Niss SSIN,
    string RecoveryType,
    decimal Amount,
    DateOnly RecoveryDate,
    Period PeriodOfRecovering);

using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Integrations.Common;

namespace PrimaWeb.Workflows.Integrations.Control;

/// <summary>Why a person fails the rule: the day (or the period) on which the integration is missing and which code.</summary>
/// <param name="Person">The person not integrated.</param>
/// <param name="Day">The day on which an integration is missing, or null when the gap is a period.</param>
/// <param name="Period">The period with which no day is in common, when that is the gap.</param>
/// <param name="MissingCapacityCode">The capacity code needed at least (1, "en enquête", unless the rule asks more).</param>
/// <param name="Reason">A sentence for the user.</param>
public sealed record IntegrationGap(Niss Person, DateOnly? Day, Period? Period, int MissingCapacityCode, string Reason);

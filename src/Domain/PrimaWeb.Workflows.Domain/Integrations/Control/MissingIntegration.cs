using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.Domain.Integrations.Control;

/// <summary>
/// One integration that a control rule requires and does not find: who (NISS and role), on which day or during which
/// period, under which codes, and a sentence for the user. Exactly one of <see cref="Day"/> and <see cref="Period"/> is set.
/// </summary>
public sealed record MissingIntegration(
    Niss Niss,
    ControlledRole Role,
    IntegrationRequirement Requirement,
    DateOnly? Day,
    DatePeriod? Period,
    IReadOnlyList<CapacityCode> AcceptedCodes,
    string Message);

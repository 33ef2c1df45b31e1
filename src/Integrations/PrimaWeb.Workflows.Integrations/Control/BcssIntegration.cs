using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Integrations.Common;

namespace PrimaWeb.Workflows.Integrations.Control;

/// <summary>One line of the CPAS's reference directory: the person, the capacity code and its period.</summary>
public sealed record BcssIntegration(Niss Person, int CapacityCode, Period Period);

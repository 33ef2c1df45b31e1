namespace PrimaWeb.Workflows.Domain.Integrations;

/// <summary>The result of <see cref="IntegrationRegister.Register"/>: what changed and the integration concerned.</summary>
public sealed record IntegrationRegistration(IntegrationChange Change, Integration Integration);

using Microsoft.AspNetCore.Authorization;
using PrimaWeb.Workflows.Domain.Staff;

namespace PrimaWeb.Workflows.Web.Security;

/// <summary>What each <see cref="Policies"/> name requires: shared by the host and the component tests.</summary>
public static class PolicyDefinitions
{
    public static AuthorizationBuilder AddPrimaWebPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Policies.CpasUser, policy => policy.RequireAuthenticatedUser().RequireClaim(PrimaWebClaimTypes.Tenant))
        .AddPolicy(Policies.WorkCases, policy => policy.RequireClaim(PrimaWebClaimTypes.Tenant).RequireRole(Roles.SocialWorker, Roles.Manager))
        .AddPolicy(Policies.Monitor, policy => policy.RequireClaim(PrimaWebClaimTypes.Tenant).RequireRole(Roles.Manager))
        .AddPolicy(Policies.DesignWorkflows, policy => policy.RequireClaim(PrimaWebClaimTypes.Tenant).RequireRole(Roles.FunctionalAnalyst))
        .AddPolicy(Policies.Administer, policy => policy.RequireClaim(PrimaWebClaimTypes.Tenant).RequireRole(Roles.Administrator));
}

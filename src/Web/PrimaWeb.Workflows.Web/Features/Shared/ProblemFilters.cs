namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>The refusals every API group answers as problem documents: a domain rule's (400) and a stale save's (409).</summary>
internal static class ProblemFilters
{
    public static TBuilder WithPrimaWebProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter<TBuilder, DomainValidationFilter>();
        builder.AddEndpointFilter<TBuilder, ConcurrencyConflictFilter>();
        return builder;
    }
}

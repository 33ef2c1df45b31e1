using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>Turns a domain rule's refusal anywhere in an endpoint into a 400 naming the refused field.</summary>
internal sealed class DomainValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainValidationException refusal)
        {
            return ApiProblems.Invalid(refusal);
        }
    }
}

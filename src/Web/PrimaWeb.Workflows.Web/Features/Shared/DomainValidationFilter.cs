using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>Turns a domain rule's refusal anywhere in an endpoint into a 400 naming the refused field, in the user's language.</summary>
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
            return ApiProblems.Invalid(context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<UiText>>(), refusal);
        }
    }
}

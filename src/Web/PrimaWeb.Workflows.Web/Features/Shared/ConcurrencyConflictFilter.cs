using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>
/// A save built on a stale read, anywhere in an endpoint, answers 409 with a sentence in the user's language: nothing
/// was written (one transaction), and reloading then trying again is what the user does.
/// </summary>
internal sealed class ConcurrencyConflictFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception conflict) when (conflict is ConcurrencyConflictException or DbUpdateConcurrencyException or WorkflowConcurrencyException)
        {
            var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<UiText>>();
            return ApiProblems.Conflict(text["Conflict_Concurrent"]);
        }
    }
}

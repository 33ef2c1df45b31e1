using System.Globalization;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// Words the title of every problem document in the caller's language by its status, whoever wrote it (an endpoint,
/// authentication, the router, the exception handler); the endpoints' own sentences stay in <c>detail</c> and <c>errors</c>.
/// </summary>
internal static class ProblemWording
{
    /// <summary>The statuses whose detail is ours and generic (limits, media type, unexpected error): worded here too.</summary>
    private static readonly HashSet<int> GenericDetails = [StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status500InternalServerError];

    public static void Apply(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status is not { } status)
        {
            return;
        }

        AnswerCulture.Apply(context.HttpContext);
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<UiText>>();
        if (text[TitleKey(status)] is { ResourceNotFound: false } title)
        {
            context.ProblemDetails.Title = title.Value;
        }

        if (GenericDetails.Contains(status) && text[$"Problem_{status}_Detail"] is { ResourceNotFound: false } detail)
        {
            context.ProblemDetails.Detail = string.Format(CultureInfo.CurrentCulture, detail.Value, ApiLimits.MaxBodyBytes / 1024);
        }
    }

    private static string TitleKey(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Problem_Invalid",
        StatusCodes.Status403Forbidden => "Problem_Forbidden",
        StatusCodes.Status409Conflict => "Problem_Conflict",
        _ => $"Problem_{status}",
    };
}

using PrimaWeb.Workflows.Activities.Heating;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>
/// What a request type asks at filing beyond its type and reception day: the form of the first task its workflow opens
/// in the filing's own commit (the heating allowance's delivery: the invoice is what the request is filed for). Filed
/// with those details, the request completes that task in the same commit, checked by the same rules as in the inbox;
/// filed without, the task waits in the inbox. A type whose first task waits for the BCSS (the other aid asked, after
/// the integration) asks nothing at filing.
/// </summary>
public static class FilingForms
{
    /// <summary>The form the type asks at filing, or null when it asks none.</summary>
    public static FilingForm? For(RequestType type) => type switch
    {
        RequestType.HeatingAllowance => new FilingForm(RecordDelivery.TaskType, RecordDelivery.Form),
        _ => null,
    };
}

/// <summary>The task a filing completes and the fields it asks.</summary>
public sealed record FilingForm(string TaskType, IReadOnlyList<FormField> Fields);

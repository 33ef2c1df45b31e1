using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Heating;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>
/// What a request type asks at filing beyond its type and reception day: the form of the first task its workflow opens
/// (the heating allowance's delivery, the other aid asked). Filed with those details, the request completes that task
/// in the filing's commit, checked by the same rules as in the inbox; filed without, the task waits in the inbox.
/// </summary>
public sealed class FilingForms(CalculationReferenceData reference)
{
    /// <summary>The form the type asks at filing on <paramref name="receivedOn"/>, or null when it asks none.</summary>
    public FilingForm? For(RequestType type, DateOnly receivedOn) => type switch
    {
        RequestType.HeatingAllowance => new FilingForm(RecordDelivery.TaskType, RecordDelivery.Form),
        RequestType.OtherAid => new FilingForm(RecordOtherAid.TaskType, RecordOtherAid.Form(reference.Aid.KindsOn(receivedOn))),
        _ => null,
    };
}

/// <summary>The task a filing completes and the fields it asks.</summary>
public sealed record FilingForm(string TaskType, IReadOnlyList<FormField> Fields);

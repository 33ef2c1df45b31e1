using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Inbox;

/// <summary>A task type's name in the user's language (key <c>TaskType_&lt;type&gt;</c>), else the type as the definition stores it.</summary>
public static class TaskTypeNames
{
    public static string Of(string taskType, IStringLocalizer<UiText> text)
    {
        var name = text[$"TaskType_{taskType}"];
        return name.ResourceNotFound ? taskType : name.Value;
    }
}

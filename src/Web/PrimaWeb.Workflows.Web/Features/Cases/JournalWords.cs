using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// A workflow journal's line as the social worker reads it: the step by its activity's name and the outcome by its
/// word, in the user's language (<see cref="ActivityTexts"/>), never the definition's ids or the engine's outcome names.
/// </summary>
public static class JournalWords
{
    public static string Step(JournalEntry entry, IStringLocalizer<ActivityTexts> text)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(text);
        return entry.ActivityType is { } type && text[$"Activity.{type}.Name"] is { ResourceNotFound: false } name ? name.Value : "";
    }

    /// <summary>The outcome worded by the activity's own texts, else the engine's; an outcome without a text is left out.</summary>
    public static string Outcome(JournalEntry entry, IStringLocalizer<ActivityTexts> text)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(text);
        if (entry.Outcome is not { } outcome)
        {
            return "";
        }

        foreach (var key in (string[])[$"Activity.{entry.ActivityType}.Outcome.{outcome}", $"Outcome.{outcome}"])
        {
            if (text[key] is { ResourceNotFound: false } word)
            {
                return word.Value;
            }
        }

        return "";
    }
}

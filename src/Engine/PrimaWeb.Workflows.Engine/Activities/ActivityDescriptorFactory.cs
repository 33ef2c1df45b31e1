using System.Reflection;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>Builds an <see cref="ActivityDescriptor"/> from the attributes on an activity class.</summary>
public static class ActivityDescriptorFactory
{
    /// <summary>Describes <paramref name="activityType"/>; throws when it is not an <see cref="IActivity"/> carrying <see cref="ActivityAttribute"/>.</summary>
    public static ActivityDescriptor Describe(Type activityType, RetryPolicy? retryOverride = null)
    {
        if (!typeof(IActivity).IsAssignableFrom(activityType))
        {
            throw new ArgumentException($"{activityType} does not implement {nameof(IActivity)}.", nameof(activityType));
        }

        var activity = activityType.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{activityType} has no [{nameof(ActivityAttribute)}].", nameof(activityType));

        var inputs = activityType.GetCustomAttributes<ActivityInputAttribute>()
            .Select(i => new ActivityInputDescriptor(
                i.Name,
                i.Type,
                i.Required,
                i.Help,
                Localized(i.HelpFr, i.HelpNl),
                i.DefaultJson is null ? null : JsonNode.Parse(i.DefaultJson),
                i.Journaled))
            .ToList();

        var outcomes = activityType.GetCustomAttributes<ActivityOutcomeAttribute>().Select(o => o.Name).ToList();
        if (outcomes.Count == 0)
        {
            outcomes.Add(Outcomes.Done);
        }

        var retry = retryOverride
            ?? (activityType.GetCustomAttribute<ActivityRetryAttribute>() is { } r
                ? new RetryPolicy(r.MaxAttempts, TimeSpan.FromSeconds(r.InitialDelaySeconds), r.BackoffFactor)
                : RetryPolicy.None);

        return new ActivityDescriptor(
            activity.Type,
            activity.Version,
            activity.Category,
            activity.DisplayName ?? activityType.Name,
            activity.Description,
            Localized(activity.DescriptionFr, activity.DescriptionNl),
            inputs,
            outcomes,
            activity.Blocking,
            activity.Forks,
            retry,
            activityType);
    }

    private static Dictionary<string, string> Localized(string? fr, string? nl)
    {
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (fr is not null)
        {
            texts["fr"] = fr;
        }

        if (nl is not null)
        {
            texts["nl"] = nl;
        }

        return texts;
    }
}

using System.Reflection;
using PrimaWeb.Workflows.Engine.Activities.Inputs;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>Builds an <see cref="ActivityDescriptor"/> from an activity class: its attributes and its input record.</summary>
public static class ActivityDescriptorFactory
{
    /// <summary>Describes <paramref name="activityType"/>; throws when it is not an <see cref="IActivity{TInput}"/> carrying <see cref="ActivityAttribute"/>.</summary>
    public static ActivityDescriptor Describe(Type activityType, RetryPolicy? retryOverride = null)
    {
        ArgumentNullException.ThrowIfNull(activityType);
        var inputType = InputTypeOf(activityType)
            ?? throw new ArgumentException($"{activityType} does not implement IActivity<TInput>.", nameof(activityType));

        var activity = activityType.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{activityType} has no [{nameof(ActivityAttribute)}].", nameof(activityType));

        var model = ActivityInputModel.For(inputType, activity.Type);

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
            model.Descriptors,
            outcomes,
            activity.Blocking,
            activity.Forks,
            retry,
            activityType)
        {
            InputType = inputType,
            InputModel = model,
            Variables = (VariableAccess)VariablesOfMethod.MakeGenericMethod(activityType).Invoke(null, null)!,
            Invoker = ActivityInvoker.For(inputType),
        };
    }

    private static readonly MethodInfo VariablesOfMethod =
        typeof(ActivityDescriptorFactory).GetMethod(nameof(VariablesOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static VariableAccess VariablesOf<TActivity>()
        where TActivity : IActivity => TActivity.Variables;

    private static Type? InputTypeOf(Type activityType)
    {
        var typed = activityType.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IActivity<>))
            .ToList();
        return typed.Count switch
        {
            0 => null,
            1 => typed[0].GetGenericArguments()[0],
            _ => throw new ArgumentException($"{activityType} implements IActivity<TInput> more than once; an activity has one input record.", nameof(activityType)),
        };
    }
}

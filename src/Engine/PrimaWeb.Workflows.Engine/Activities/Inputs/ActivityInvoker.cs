using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.Inputs;

/// <summary>Calls an activity with its bound input record; built once per activity type at registration.</summary>
internal abstract class ActivityInvoker
{
    public abstract ValueTask<ActivityResult> ExecuteAsync(object activity, object input, ActivityContext context);

    public abstract ValueTask<ActivityResult> ResumeAsync(object activity, object input, ActivityContext context, JsonNode? payload);

    public static ActivityInvoker For(Type inputType) =>
        (ActivityInvoker)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(inputType))!;

    private sealed class Typed<TInput> : ActivityInvoker
        where TInput : class
    {
        public override ValueTask<ActivityResult> ExecuteAsync(object activity, object input, ActivityContext context) =>
            ((IActivity<TInput>)activity).ExecuteAsync((TInput)input, context);

        public override ValueTask<ActivityResult> ResumeAsync(object activity, object input, ActivityContext context, JsonNode? payload) =>
            ((IActivity<TInput>)activity).ResumeAsync((TInput)input, context, payload);
    }
}

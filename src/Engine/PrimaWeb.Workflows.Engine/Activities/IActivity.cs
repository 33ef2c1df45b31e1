using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>
/// What every activity class is to the registry and the runner. Implement <see cref="IActivity{TInput}"/>, never this
/// interface alone.
/// </summary>
public interface IActivity
{
    /// <summary>
    /// The workflow variables the activity type reads and writes (declare a public static property of this name). The
    /// engine refuses any other at run time; the import check and the documentation read it.
    /// </summary>
    static virtual VariableAccess Variables => VariableAccess.None;
}

/// <summary>
/// A step of a workflow. Its inputs are one record, <typeparamref name="TInput"/>: the definition's inputs are checked
/// against it when the definition is imported, bound to it before each run, and the designer's descriptor is derived
/// from it (<see cref="NoInputs"/> when it takes none). Implementations carry <see cref="ActivityAttribute"/> and are
/// resolved from the burst's DI scope, so they may take scoped services such as the application's DbContext.
/// </summary>
public interface IActivity<in TInput> : IActivity
    where TInput : class
{
    /// <summary>Runs the step: complete with an outcome, or suspend on a bookmark.</summary>
    ValueTask<ActivityResult> ExecuteAsync(TInput input, ActivityContext context);

    /// <summary>
    /// Called when the bookmark this activity created is resumed, with the same inputs evaluated again and the resume
    /// payload (task result, signal data). By default the activity completes with <see cref="Outcomes.Done"/>.
    /// </summary>
    ValueTask<ActivityResult> ResumeAsync(TInput input, ActivityContext context, JsonNode? payload) =>
        ValueTask.FromResult(ActivityResult.Complete());
}

namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>The input record of an activity that takes no input (<c>IActivity&lt;NoInputs&gt;</c>).</summary>
public sealed record NoInputs;

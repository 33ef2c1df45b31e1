namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>One <c>AddActivity&lt;T&gt;()</c> call, kept in DI so that the registry can gather them all.</summary>
public sealed record ActivityRegistration(ActivityDescriptor Descriptor);

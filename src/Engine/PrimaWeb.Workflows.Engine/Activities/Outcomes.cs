namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>Outcome names shared by the built-in activities.</summary>
public static class Outcomes
{
    public const string Done = "Done";
    public const string True = "True";
    public const string False = "False";
}

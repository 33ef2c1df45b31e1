namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>JSON type names of the control activities the runner treats specially.</summary>
public static class BuiltInActivityTypes
{
    public const string Start = "Core.Start";
    public const string End = "Core.End";
    public const string Decision = "Core.Decision";
    public const string Fork = "Core.Fork";
    public const string Join = "Core.Join";
    public const string SetVariable = "Core.SetVariable";
    public const string Timer = "Core.Timer";
    public const string HumanTask = "Core.HumanTask";
    public const string WaitForSignal = "Core.WaitForSignal";
}

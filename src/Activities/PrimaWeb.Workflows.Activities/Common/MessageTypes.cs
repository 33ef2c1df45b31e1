namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>The outbox message types the activities enqueue and the signals the handlers send back.</summary>
public static class MessageTypes
{
    public const string ManageAccess = "Bcss.ManageAccess";
    public const string Consult = "Bcss.Consult";
    public const string SendForm = "SppIs.SendForm";

    public const string AccessSignal = "bcss-access";
    public const string ConsultSignal = "bcss-consult";
    public const string AnswerSignal = "sppis-answer";

    /// <summary>The actor recorded for what the handlers and the polling job do.</summary>
    public const string SystemActor = "system";
}

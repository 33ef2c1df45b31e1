using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Variables;

/// <summary>The forms sent to the SPP-IS and its answers.</summary>
public static class SppIsVariables
{
    public static readonly WorkflowVariable<Guid?> FormId = new("sppIsFormId", "The form (its record in the case file) whose answer is awaited.");

    public static readonly WorkflowVariable<SppIsFormType?> FormType = new("sppIsFormType", "The type of that form.");

    public static readonly WorkflowVariable<bool> FormsSent = new("formsSent", "True once the latest decision's form is sent; false again at each new decision.");

    public static readonly WorkflowVariable<string?> Answer = new("sppIsAnswer", "The SPP-IS's answer: Accepted, Refused or TimedOut.");

    public static readonly WorkflowVariable<string?> Message = new("sppIsMessage", "Why a form was not sent or was refused, in words.");

    public static readonly WorkflowVariable<Guid?> A036FormId = new("a036FormId", "The latest A036 change sent.");

    public static readonly WorkflowVariable<bool> A036Sent = new("a036Sent", "True once the latest decision's A036 change is done (or none is due); false again at each new decision.");

    public static VariableFamily Family { get; } = new("SPP-IS", "The forms of the decisions and the SPP-IS's answers.", [FormId, FormType, FormsSent, Answer, Message, A036FormId, A036Sent]);
}

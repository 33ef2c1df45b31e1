using System.Text.Json;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>
/// A domain rule's refusal raised by a step is a refusal of the input it consumed: the field in the payload's
/// spelling (<c>DecidedOn</c> → <c>decidedOn</c>), the rule's code and arguments as the domain gave them. In a task
/// completion it refuses the completion; anywhere else the engine keeps treating it as a fault.
/// </summary>
internal sealed class DomainRefusals : IRefusalTranslator
{
    public Refusal? Translate(Exception exception) => exception is DomainValidationException refusal
        ? new Refusal(JsonNamingPolicy.CamelCase.ConvertName(refusal.Field), refusal.Code, refusal.Arguments, refusal.Message)
        : null;
}

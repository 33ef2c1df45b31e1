using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Activities;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>The engine's descriptors in the designer's contract, worded from the host's resources; a Role input offers the roles users hold.</summary>
internal static class ActivityDescriptors
{
    public static ActivityDescriptorDto ToDto(ActivityDescriptor descriptor) => new(
        descriptor.Type,
        descriptor.Version,
        descriptor.Category,
        descriptor.DisplayName,
        ActivityWording.For(descriptor.NameKey),
        ActivityWording.For(descriptor.DescriptionKey),
        [.. descriptor.Inputs.Select(input => new ActivityInputDto(
            input.Name,
            input.Type.ToString(),
            input.Required,
            input.DefaultValue?.DeepClone(),
            ActivityWording.For(input.HelpKey),
            input.Journaled,
            input.Type == ActivityInputType.Role ? Roles.All : input.Choices))],
        descriptor.Outcomes,
        [.. descriptor.Outcomes.Select(outcome => new ActivityOutcomeDto(outcome, ActivityWording.For(descriptor.OutcomeKeys(outcome))))],
        descriptor.Blocking,
        descriptor.Forks,
        descriptor.Retry.MaxAttempts,
        [.. descriptor.Variables.Reads.Select(v => v.Name)],
        [.. descriptor.Variables.Writes.Select(v => v.Name)]);
}

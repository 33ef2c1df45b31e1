using PrimaWeb.Workflows.Designer.Canvas;
using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Designer.Model;
using PrimaWeb.Workflows.Designer.Texts;

namespace PrimaWeb.Workflows.Designer.Screens;

/// <summary>
/// The steps of one version as the screens name them: each by its label in the user's language (as on the canvas) and
/// each outcome as its activity words it, so a screen that lists steps (simulation, migration) shows no step id.
/// </summary>
public sealed class StepNames
{
    private readonly Dictionary<string, (string Label, ActivityDescriptorDto? Descriptor)> _steps;

    private StepNames(string name, Dictionary<string, (string Label, ActivityDescriptorDto? Descriptor)> steps)
    {
        Name = name;
        _steps = steps;
    }

    public static StepNames None { get; } = new("", []);

    /// <summary>The version's name as its file gives it.</summary>
    public string Name { get; }

    /// <summary>The steps by id, in the order of the version.</summary>
    public IEnumerable<(string Id, string Label)> All => _steps.Select(s => (s.Key, s.Value.Label));

    public static async Task<StepNames> LoadAsync(IWorkflowDesignApi api, IDesignerText text, string definitionId, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        var descriptors = (await api.ListActivitiesAsync(cancellationToken)).ToDictionary(d => $"{d.Type}@{d.Version}");
        var draft = new DefinitionDraft((await api.GetVersionAsync(definitionId, version, cancellationToken)).Json);
        var steps = new Dictionary<string, (string, ActivityDescriptorDto?)>(StringComparer.Ordinal);
        foreach (var activity in draft.Activities)
        {
            var descriptor = descriptors.GetValueOrDefault($"{activity.Type}@{activity.Version}");
            steps[activity.Id] = (StepLabel.Of(activity, descriptor, label => DesignerWording.StepLabel(text, label)).Title, descriptor);
        }

        return new StepNames(draft.Name, steps);
    }

    /// <summary>The step's label; its id only for a step the version does not have.</summary>
    public string Label(string id) => _steps.TryGetValue(id, out var step) ? step.Label : id;

    /// <summary>An outcome of a step in the user's language ("Refusé par la BCSS").</summary>
    public string Outcome(string id, string outcome) =>
        _steps.GetValueOrDefault(id).Descriptor?.OutcomeTexts.FirstOrDefault(o => o.Name == outcome)?.Text is { } text
            ? StepLabel.Text(text) ?? outcome
            : outcome;
}

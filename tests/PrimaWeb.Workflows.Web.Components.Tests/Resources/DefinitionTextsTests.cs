using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Cases;
using PrimaWeb.Workflows.Activities.Council;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Testing;
using PrimaWeb.Workflows.Web.Features.Tasks;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Components.Tests.Resources;

/// <summary>
/// The definitions keep stable keys (task types, form field names, choices); the screens word them from the Web
/// resources. Every key a published definition or an activity's form uses has its text in French and in Dutch, so no
/// screen falls back to the key.
/// </summary>
public sealed class DefinitionTextsTests
{
    private static readonly ResourceManager Texts = new(typeof(UiText).FullName!, typeof(UiText).Assembly);

    public static TheoryData<string> Languages => new() { "fr", "nl" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryTaskType_OfTheDefinitionsAndActivities_HasItsName(string language)
    {
        var keys = Keys(language);

        var types = DefinitionTasks().Select(task => task.Type)
            .Concat([RecordResources.TaskType, ReportAndPropose.TaskType, RecordDecision.TaskType, RecordMutation.TaskType])
            .Concat([RecordOtherAid.TaskType, CheckInstallationPremium.TaskType, ReportAndProposeAid.TaskType, RecordAidDecision.TaskType])
            .Distinct();

        types.Where(type => !keys.Contains($"TaskType_{type}")).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryFormField_OfTheDefinitionsAndActivities_HasItsLabelAndEveryChoiceItsWord(string language)
    {
        var keys = Keys(language);
        var fields = DefinitionTasks().SelectMany(task => task.Form)
            .Concat(RecordResources.Form).Concat(ReportAndPropose.Form).Concat(RecordDecision.Form)
            .Concat(RecordMutation.Form(suspended: false)).Concat(RecordMutation.Form(suspended: true))
            .Concat(RecordOtherAid.Form(AidKinds())).Concat(CheckInstallationPremium.Form).Concat(ReportAndProposeAid.Form).Concat(RecordAidDecision.Form(refuseOnly: false))
            .SelectMany(Flatten)
            .ToList();

        fields.Select(f => f.Name).Distinct().Where(name => !keys.Contains($"Field_{name}") && !keys.Contains($"Bis_{name}")).ShouldBeEmpty();
        fields.SelectMany(f => f.Choices ?? []).Distinct().Where(choice => !keys.Contains($"Choice_{choice}") && !keys.Contains(TaskFormState.ChoiceKey(choice))).ShouldBeEmpty();
    }

    /// <summary>Every kind of other aid the reference data ever listed: each is a choice a social worker reads.</summary>
    private static IReadOnlyList<string> AidKinds() =>
        [.. CalculationReferenceData.LoadFolder(Repository.PathTo("definitions", "reference")).Aid.OtherAidKinds.Rows.SelectMany(row => row.Choices.Keys).Distinct()];

    private static IEnumerable<FormField> Flatten(FormField field) => [field, .. (field.Fields ?? []).SelectMany(Flatten)];

    /// <summary>Every human task of every published definition file, with its declared form.</summary>
    private static IEnumerable<(string Type, IReadOnlyList<FormField> Form)> DefinitionTasks()
    {
        var files = Directory.GetFiles(Repository.PathTo("definitions"), "v*.json", SearchOption.AllDirectories);
        files.ShouldNotBeEmpty();
        foreach (var file in files)
        {
            var definition = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var activity in definition["activities"]!.AsArray())
            {
                if (activity!["inputs"]?["taskType"]?.GetValue<string>() is { } type)
                {
                    yield return (type, new HumanTask { FormJson = activity["inputs"]!["form"]?.ToJsonString() ?? "[]" }.ReadForm());
                }
            }
        }
    }

    private static HashSet<string> Keys(string language) =>
    [
        .. Texts.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(entry => (string)entry.Key),
    ];
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Versioning;
using PrimaWeb.Workflows.Web.Features.Cases;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// The tasks a workflow raises when a federal service refused a step (the BCSS refused an integration or a
/// consultation, the integration control stopped a form): what was refused, in the service's words kept by the
/// workflow, whether completing the task tries the step again (the definition loops back to it), and how many times the
/// step was already refused. The task page offers the ways out from there (RefusalWaysOut): correct the
/// person's data and retry, withdraw the request, or hand the task to the managers; a retry refused again says so.
/// </summary>
public sealed class RefusalTasks(PrimaWebDbContext db, IWorkflowStore workflows, DefinitionCatalog definitions)
{
    /// <summary>The refusal tasks of the definitions, with the workflow variable that keeps the service's message.</summary>
    public static IReadOnlyDictionary<string, string> MessageVariables { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["integration-refused"] = "integrationMessage",
        ["consultation-refused"] = "consultationMessage",
        ["form-not-integrated"] = "sppIsMessage",
        ["a036-blocked"] = "sppIsMessage",
        ["sppis-refused"] = "sppIsMessage",
    };

    public static bool IsRefusal(string taskType) => MessageVariables.ContainsKey(taskType);

    /// <summary>The refusal behind the task, or null when the task is not a refusal task.</summary>
    public async Task<RefusalTask?> DescribeAsync(HumanTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (!MessageVariables.TryGetValue(task.TaskType, out var variable))
        {
            return null;
        }

        var instance = await workflows.FindInstanceAsync(task.InstanceId, cancellationToken);
        var message = instance?.State.Variables[variable] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        var retries = instance is not null && await RetriesAsync(instance.DefinitionId, instance.DefinitionVersion, task.ActivityId, cancellationToken);

        // Every earlier task of the same step of this instance was a refusal of the same step: the attempts so far.
        var earlier = await db.Set<HumanTask>().AsNoTracking()
            .Where(t => t.InstanceId == task.InstanceId && t.ActivityId == task.ActivityId && t.Id != task.Id && t.Status == HumanTaskStatus.Completed)
            .Select(t => new { t.Title, t.CreatedAt })
            .ToListAsync(cancellationToken);
        var previous = earlier.OrderBy(t => t.CreatedAt).LastOrDefault();
        return new RefusalTask(
            ServiceRefusals.Parse(message),
            retries,
            earlier.Count + 1,
            previous is not null && string.Equals(previous.Title, task.Title, StringComparison.Ordinal));
    }

    /// <summary>Whether the task's step leads back to the step whose refusal raised it.</summary>
    private async Task<bool> RetriesAsync(string definitionId, int version, string taskActivityId, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(definitionId, version, cancellationToken);
        return definition.Connections
            .Where(c => c.From == taskActivityId)
            .Any(back => definition.Connections.Any(c => c.From == back.To && c.To == taskActivityId));
    }
}

/// <summary>
/// A refusal task as its page shows it: each refused person and why, whether completing retries the step, which attempt
/// this is, and whether it was refused just as the previous one.
/// </summary>
public sealed record RefusalTask(IReadOnlyList<ServiceRefusal> Refusals, bool Retries, int Attempt, bool SameAsBefore);

/// <summary>Whose data a refusal task lets the social worker correct: the refused persons first, then the case's other persons.</summary>
public static class RefusalPersons
{
    public static IReadOnlyList<CaseHouseholdMember> Of(CaseFile? @case, IReadOnlyList<ServiceRefusal> refusals)
    {
        if (@case is null)
        {
            return [];
        }

        var main = new CaseHouseholdMember(@case.MainPerson.Id, @case.MainPerson.FullName, @case.MainPerson.Niss, Domain.Cases.HouseholdRelation.MainPerson, @case.OpenedOn, null);
        var everyone = @case.DeFactoHousehold.Concat(@case.OfficialHousehold).Prepend(main)
            .GroupBy(member => member.PersonId)
            .Select(group => group.First())
            .ToList();
        var refused = refusals.Select(r => r.Niss).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. everyone.Where(member => refused.Contains(member.Niss)), .. everyone.Where(member => !refused.Contains(member.Niss))];
    }
}

using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Variables;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Activities.Tests.Variables;

/// <summary>
/// Keeps the variables section of docs/activities.md in step with the declarations (src/Activities/…/Variables) and
/// with what each activity declares it reads and writes. The test fails on a stale file; it rewrites the section only
/// when PRIMAWEB_UPDATE_DOCS=true, so CI never fixes the documentation silently.
/// </summary>
public sealed class VariablesDocumentTests
{
    private const string Begin = "<!-- variables:begin -->";
    private const string End = "<!-- variables:end -->";

    [Fact]
    public void VariablesSection_CommittedDocument_IsUpToDate()
    {
        var path = Path.Combine(Repository.Root, "docs", "activities.md");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = committed.IndexOf(Begin, StringComparison.Ordinal);
        var end = committed.IndexOf(End, StringComparison.Ordinal);
        begin.ShouldBeGreaterThanOrEqualTo(0, $"docs/activities.md has no {Begin} … {End} section.");
        end.ShouldBeGreaterThan(begin, $"docs/activities.md has no {End} after {Begin}.");
        var expected = committed[..begin] + Begin + "\n" + Section() + End + committed[(end + End.Length)..];

        if (string.Equals(Environment.GetEnvironmentVariable("PRIMAWEB_UPDATE_DOCS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            File.WriteAllText(path, expected);
            committed = expected;
        }

        committed.ShouldBe(expected, "The variables of docs/activities.md are stale; run the activity tests with PRIMAWEB_UPDATE_DOCS=true and commit the file.");
    }

    [Fact]
    public void Families_EveryVariableAnActivityUses_IsDeclaredInAFamily()
    {
        var (families, activities) = Contract();
        var declared = families.SelectMany(f => f.Variables).ToHashSet();

        var undeclared = activities
            .SelectMany(a => a.Variables.Reads.Concat(a.Variables.Writes).Where(v => !declared.Contains(v)).Select(v => $"{a.Type}: {v.Name}"))
            .ToList();

        undeclared.ShouldBeEmpty();
    }

    private static (IReadOnlyList<VariableFamily> Families, IReadOnlyList<ActivityDescriptor> Activities) Contract()
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine().AddPrimaWebActivities(Path.Combine(Repository.Root, "definitions"));
        using var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<VariableCatalog>().Families, provider.GetRequiredService<IActivityRegistry>().List());
    }

    private static string Section()
    {
        var (families, activities) = Contract();
        var text = new StringBuilder();
        text.Append("Generated from the variable families (`RequestVariableFamilies.All`, src/Activities/PrimaWeb.Workflows.Activities/Variables)\n")
            .Append("and from what each activity declares it reads and writes, by the test `VariablesDocumentTests`; do not edit by hand.\n")
            .Append("To refresh it, run `PRIMAWEB_UPDATE_DOCS=true dotnet test tests/PrimaWeb.Workflows.Activities.Tests` and commit the result.\n");
        foreach (var family in families.Where(f => RequestVariableFamilies.All.Contains(f)))
        {
            text.Append('\n').Append("### ").Append(family.Name).Append("\n\n").Append(family.Description).Append("\n\n")
                .Append("| Variable | Type | Set by | Read by steps | Meaning |\n")
                .Append("|---|---|---|---|---|\n");
            foreach (var variable in family.Variables)
            {
                text.Append("| `").Append(variable.Name).Append("` | ").Append(TypeOf(variable))
                    .Append(" | ").Append(SetBy(variable, activities))
                    .Append(" | ").Append(ReadBy(variable, activities))
                    .Append(" | ").Append(variable.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
            }
        }

        return text.Append('\n').ToString();
    }

    private static string TypeOf(WorkflowVariable variable) =>
        variable.Choices is { } choices ? $"{variable.Type} ({string.Join(", ", choices)})" : variable.Type.ToString();

    private static string SetBy(WorkflowVariable variable, IReadOnlyList<ActivityDescriptor> activities)
    {
        if (variable.SetAtStart)
        {
            return "the API, at start";
        }

        var writers = activities.Where(a => a.Variables.Writes.Contains(variable)).Select(a => $"`{a.Type}`").Order(StringComparer.Ordinal).ToList();
        return writers.Count > 0 ? string.Join(", ", writers) : "the definition (a task's result, `Core.SetVariable`)";
    }

    private static string ReadBy(WorkflowVariable variable, IReadOnlyList<ActivityDescriptor> activities)
    {
        if (variable.SetAtStart)
        {
            return "every request step";
        }

        var readers = activities.Where(a => a.Variables.Reads.Contains(variable)).Select(a => $"`{a.Type}`").Order(StringComparer.Ordinal).ToList();
        return readers.Count > 0 ? string.Join(", ", readers) : "—";
    }
}

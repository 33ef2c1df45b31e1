using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.Activities.BuiltIn;
using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Definitions.Tests;

/// <summary>Every definition file reads, passes the engine's validator with the real activity registry, and can end.</summary>
public sealed class DefinitionValidityTests : IDisposable
{
    private readonly ServiceProvider _services;

    public DefinitionValidityTests()
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine().AddPrimaWebActivities(DefinitionFiles.Folder);
        _services = services.BuildServiceProvider();
    }

    public static TheoryData<string> Files => DefinitionFiles.Theory();

    [Fact]
    public void The_request_types_of_issue_6_have_a_definition()
    {
        DefinitionFiles.All().ShouldContain("dis/v1.json");
        DefinitionFiles.All().ShouldContain("equivalent-ris/v1.json");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_definition_file_is_valid_for_the_engine(string file)
    {
        var read = DefinitionReader.Read(File.ReadAllText(Path.Combine(DefinitionFiles.Folder, file)));
        var errors = read.Errors.Select(e => e.ToString()).ToList();
        if (read.Definition is { } definition)
        {
            using var scope = _services.CreateScope();
            errors.AddRange(scope.ServiceProvider.GetRequiredService<DefinitionValidator>().Validate(definition).Select(e => e.ToString()));
        }

        errors.ShouldBeEmpty($"{file}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_definition_sits_in_its_folder_under_its_version(string file)
    {
        var definition = DefinitionReader.ReadOrThrow(File.ReadAllText(Path.Combine(DefinitionFiles.Folder, file)));
        file.ShouldBe($"{definition.DefinitionId}/v{definition.Version}.json");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_definition_reaches_its_end_from_its_start(string file)
    {
        var definition = DefinitionReader.ReadOrThrow(File.ReadAllText(Path.Combine(DefinitionFiles.Folder, file)));
        var start = definition.Activities.Single(a => a.Type == BuiltInActivityTypes.Start).Id;
        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in definition.Connections.Where(c => c.From == id).Select(c => c.To).Where(reached.Add))
            {
                queue.Enqueue(next);
            }
        }

        definition.Activities.Any(a => a.Type == BuiltInActivityTypes.End && reached.Contains(a.Id)).ShouldBeTrue($"{file} has no end reachable from its start.");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_published_definition_takes_effect_after_the_version_before_it(string file)
    {
        var definition = DefinitionReader.ReadOrThrow(File.ReadAllText(Path.Combine(DefinitionFiles.Folder, file)));
        if (definition.Status != DefinitionStatus.Published)
        {
            return;
        }

        // The first versions cover every request since 2024; each later version is published ahead of, or on, the legal
        // date its changes take effect, which follows the one of the version it replaces (ADR 0113).
        if (definition.Version == 1)
        {
            definition.EffectiveFrom.ShouldBeLessThanOrEqualTo(new DateOnly(2024, 1, 1));
            return;
        }

        var earlier = Path.Combine(DefinitionFiles.Folder, Path.GetDirectoryName(file)!, $"v{definition.Version - 1}.json");
        var previous = DefinitionReader.ReadOrThrow(File.ReadAllText(earlier));
        definition.EffectiveFrom.ShouldBeGreaterThan(previous.EffectiveFrom, $"{file} must take effect after version {previous.Version}.");
    }

    public void Dispose() => _services.Dispose();
}

using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Versioning;
using static PrimaWeb.Workflows.Engine.Tests.Support.VersionedDefinitions;

namespace PrimaWeb.Workflows.Engine.Tests.Versioning;

public sealed class DefinitionComparisonTests
{
    [Fact]
    public void Of_TwoVersions_ListsAddedRemovedChangedActivitiesAndConnections()
    {
        var v1 = DefinitionReader.ReadOrThrow(Version(1, "2026-01-01"));
        var v2 = DefinitionReader.ReadOrThrow(Version(2, "2026-06-01", waitId: "await-answer", label: "new"));

        var comparison = DefinitionComparison.Of(v1, v2);

        comparison.ActivitiesAdded.ShouldBe(["await-answer"]);
        comparison.ActivitiesRemoved.ShouldBe(["wait"]);
        var visit = comparison.ActivitiesChanged.ShouldHaveSingleItem();
        visit.Id.ShouldBe("visit");
        visit.TypeBefore.ShouldBeNull();
        visit.Inputs.ShouldBe([new InputChange("label", "\"v1\"", "\"new\"")]);
        comparison.ConnectionsAdded.ShouldBe([new Connection("start", "Done", "await-answer"), new Connection("await-answer", "Done", "visit")]);
        comparison.ConnectionsRemoved.ShouldBe([new Connection("start", "Done", "wait"), new Connection("wait", "Done", "visit")]);
        comparison.IsEmpty.ShouldBeFalse();
    }

    [Fact]
    public void Of_AVersionAndItsCopy_IsEmpty()
    {
        var v1 = DefinitionReader.ReadOrThrow(Version(1, "2026-01-01"));
        var copy = DefinitionReader.ReadOrThrow(Version(2, "2026-06-01", label: "v1"));

        DefinitionComparison.Of(v1, copy).IsEmpty.ShouldBeTrue();
    }
}

using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Designer.Model;
using PrimaWeb.Workflows.Designer.Panels;

namespace PrimaWeb.Workflows.Designer.Tests.Panels;

public sealed class ErrorGroupsTests
{
    // start -x-> deadlines -> check -> task -> end: the connection from the start removed.
    private static readonly DraftConnection[] Connections =
    [
        new("deadlines", "Done", "check"), new("check", "True", "task"), new("check", "False", "end"), new("task", "Done", "end"),
    ];

    [Fact]
    public void Of_ConnectionFromTheStartRemoved_PutsTheStepNothingLeadsToFirstAndGroupsTheRest()
    {
        var errors = new[] { Unreachable("deadlines", 1), Unreachable("check", 2), Unreachable("task", 3), Unreachable("end", 4) };

        var groups = ErrorGroups.Of(errors, Connections);

        groups.Causes.Select(e => e.ActivityId).ShouldBe(["deadlines"]);
        groups.Unreachable.Select(e => e.ActivityId).ShouldBe(["check", "task", "end"]);
        groups.Count.ShouldBe(2, "the list shows the cause and one line for its consequences");
    }

    [Fact]
    public void Of_OtherErrors_StayCausesBeforeTheBreaks()
    {
        var missing = new DefinitionErrorDto("MissingRequiredInput", "$.activities[3].inputs.title", "task", "title", "");
        var errors = new[] { Unreachable("deadlines", 1), missing, Unreachable("check", 2) };

        var groups = ErrorGroups.Of(errors, Connections);

        groups.Causes.ShouldBe([missing, errors[0]]);
        groups.Unreachable.ShouldBe([errors[2]]);
    }

    [Fact]
    public void Of_LoopCutOffWhole_NamesOneOfItsStepsAsTheBreak()
    {
        DraftConnection[] loop = [new("a", "Done", "b"), new("b", "Done", "a")];

        var groups = ErrorGroups.Of([Unreachable("a", 1), Unreachable("b", 2)], loop);

        groups.Causes.Select(e => e.ActivityId).ShouldBe(["a"]);
        groups.Unreachable.Select(e => e.ActivityId).ShouldBe(["b"]);
    }

    [Fact]
    public void Of_NoError_IsEmpty()
    {
        var groups = ErrorGroups.Of([], Connections);

        groups.IsEmpty.ShouldBeTrue();
        groups.Count.ShouldBe(0);
    }

    private static DefinitionErrorDto Unreachable(string id, int index) =>
        new(ErrorGroups.UnreachableCode, $"$.activities[{index}]", id, null, $"Activity '{id}' cannot be reached from the start.");
}

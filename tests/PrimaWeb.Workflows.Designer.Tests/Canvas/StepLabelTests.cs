using PrimaWeb.Workflows.Designer.Canvas;
using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Designer.Model;

namespace PrimaWeb.Workflows.Designer.Tests.Canvas;

public sealed class StepLabelTests
{
    private static readonly ActivityDescriptorDto Timer = Descriptors.Of("Core.Timer", 1, "Control", new LocalizedTextDto("Attente", "Attente", "Wachten", "Timer"));

    [Fact]
    public void Of_StepWithALabel_ShowsTheLabelAndTheActivitysNameUnderIt()
    {
        var step = new DraftActivity("decisionReminder", "Core.Timer", 1, "Quelques jours avant l'échéance", null);

        StepLabel.Of(step, Timer).ShouldBe(("Quelques jours avant l'échéance", "Attente"));
    }

    [Fact]
    public void Of_StepWithoutALabel_ShowsTheActivitysNameInTheUsersLanguageNotItsType()
    {
        var step = new DraftActivity("wait", "Core.Timer", 1, "  ", null);

        StepLabel.Of(step, Timer).ShouldBe(("Attente", ""));
    }

    [Fact]
    public void Of_DescriptorWithoutTheUsersLanguage_FallsBackToFrench()
    {
        var start = Descriptors.Of("Core.Start", 1, "Control", new LocalizedTextDto(null, "Début", "Begin", "Start"));

        StepLabel.Of(new DraftActivity("start", "Core.Start", 1, null, null), start).Title.ShouldBe("Début");
    }

    [Fact]
    public void Of_HostWordsTheLabel_ShowsItsWords()
    {
        var step = new DraftActivity("wait", "Core.Timer", 1, "Wait a day", null);

        StepLabel.Of(step, Timer, label => label == "Wait a day" ? "Attendre un jour" : label).Title.ShouldBe("Attendre un jour");
    }

    [Fact]
    public void Of_LabelSameAsTheActivitysName_SaysItOnce()
    {
        var step = new DraftActivity("wait", "Core.Timer", 1, "Attente", null);

        StepLabel.Of(step, Timer).ShouldBe(("Attente", ""));
    }
}

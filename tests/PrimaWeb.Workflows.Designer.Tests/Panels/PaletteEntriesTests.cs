using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Designer.Panels;

namespace PrimaWeb.Workflows.Designer.Tests.Panels;

public sealed class PaletteEntriesTests
{
    [Fact]
    public void Newest_TwoVersionsOfOneActivity_OffersOnlyTheNewest()
    {
        var name = new LocalizedTextDto("Intégrer les personnes", "Intégrer les personnes", "Personen integreren", "Integrate persons");
        var descriptors = new[]
        {
            Descriptors.Of("Bcss.IntegratePersons", 1, "BCSS", name),
            Descriptors.Of("Bcss.IntegratePersons", 2, "BCSS", name),
            Descriptors.Of("Core.Timer", 1, "Control", new LocalizedTextDto("Attente", "Attente", "Wachten", "Timer")),
        };

        var entries = PaletteEntries.Newest(descriptors);

        entries.Select(d => (d.Type, d.Version)).ShouldBe([("Bcss.IntegratePersons", 2), ("Core.Timer", 1)], ignoreOrder: true);
        entries.Count(d => d.Name.Text == "Intégrer les personnes").ShouldBe(1);
    }
}

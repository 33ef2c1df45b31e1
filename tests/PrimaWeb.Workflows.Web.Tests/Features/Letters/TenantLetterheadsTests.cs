using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Letters;

namespace PrimaWeb.Workflows.Web.Tests.Features.Letters;

/// <summary>The host's letterheads come from the CPAS's own record, not the activities' static fallback.</summary>
public sealed class TenantLetterheadsTests : IDisposable
{
    private readonly PrimaWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ForAsync_DemoCpas_PrintsItsNameItsPostalAddressAndTheLabourCourtInItsLanguage()
    {
        _app.CreateClient().Dispose();
        await using var scope = _app.Services.CreateAsyncScope();
        var letterheads = scope.ServiceProvider.GetRequiredService<ICpasLetterheads>();

        var namur = await letterheads.ForAsync("cpas-namur");
        var gent = await letterheads.ForAsync("ocmw-gent");
        var unknown = await letterheads.ForAsync("cpas-nowhere");

        (namur.Name, namur.LabourCourt.Name).ShouldBe(("CPAS de Namur", "Tribunal du travail"));
        (gent.Name, gent.LabourCourt.Name).ShouldBe(("OCMW Gent", "Arbeidsrechtbank"));
        (namur.Address.StreetLine, namur.Address.CityLine).ShouldBe(("Rue de Dave 165", "5100 Namur"));
        (gent.Address.StreetLine, gent.Address.CityLine).ShouldBe(("Onderbergen 86", "9000 Gent"));
        unknown.Name.ShouldBe("cpas-nowhere");
        unknown.Address.StreetLine.ShouldBeEmpty("a CPAS unknown to the database has no address to print");
    }
}

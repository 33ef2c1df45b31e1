using System.Text;
using PrimaWeb.Workflows.Web.Features.Dashboard;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Dashboard;

public sealed class CsvTableTests
{
    [Fact]
    public void ToBytes_ARow_IsUtf8WithBomSemicolonsBelgianDatesAndDecimalCommas()
    {
        var table = new CsvTable(["Dossier", "Échéance", "Montant", "Médiane", "Depuis"]);
        table.Add("NA-2026-0001", new DateOnly(2025, 4, 2), 1234.56m, 12.5, new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero));

        var bytes = table.ToBytes();

        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldBe(
            "Dossier;Échéance;Montant;Médiane;Depuis\r\nNA-2026-0001;02/04/2025;1234,56;12,5;02/07/2026 00:30\r\n");
    }

    [Fact]
    public void Cell_TextWithTheSeparatorAQuoteOrALineBreak_IsQuotedWithQuotesDoubled()
    {
        CsvTable.Cell("Refus; motif \"B12\"").ShouldBe("\"Refus; motif \"\"B12\"\"\"");
        CsvTable.Cell("deux\nlignes").ShouldBe("\"deux\nlignes\"");
        CsvTable.Cell(null).ShouldBe(string.Empty);
    }

    [Fact]
    public void Add_WrongNumberOfCells_IsRefused()
    {
        var table = new CsvTable(["A", "B"]);

        Should.Throw<ArgumentException>(() => table.Add("only one"));
        table.Rows.ShouldBe(0);
    }
}

using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations.Reference;

public class ReferenceDataSetTests
{
    private static ReferenceDataSet ParseTable(string rows) =>
        ReferenceDataSet.Parse([new ReferenceDataSource("test.json", $$"""
            { "format": "primaweb-reference/1", "tables": [ { "id": "t", "rows": [ {{rows}} ] } ] }
            """)]);

    private static ReferenceDataError SingleError(string rows) =>
        Should.Throw<ReferenceDataException>(() => ParseTable(rows)).Errors.ShouldHaveSingleItem();

    [Fact]
    public void Parse_RepositoryFiles_LoadWithoutErrors()
    {
        var set = ReferenceDataSet.Parse(RepositoryReferenceData.Sources());

        set.Tables.ShouldNotBeEmpty();
        set.Tables.ShouldAllBe(t => t.Rows.All(r => !string.IsNullOrWhiteSpace(r.Source)));
    }

    [Fact]
    public void Parse_RowsOutOfOrder_NamesFileTableRowAndField()
    {
        var error = SingleError("""
            { "from": "2025-02-01", "values": { "a": 2 }, "source": "s" },
            { "from": "2024-05-01", "values": { "a": 1 }, "source": "s" }
            """);

        error.File.ShouldBe("test.json");
        error.Table.ShouldBe("t");
        error.Row.ShouldBe(2);
        error.Field.ShouldBe("from");
        error.Message.ShouldContain("date order");
    }

    [Fact]
    public void Parse_TwoRowsSameDate_ReportsOverlap()
    {
        var error = SingleError("""
            { "from": "2025-02-01", "values": { "a": 1 }, "source": "s" },
            { "from": "2025-02-01", "values": { "a": 2 }, "source": "s" }
            """);

        error.Row.ShouldBe(2);
        error.Message.ShouldContain("overlaps row 1");
    }

    [Fact]
    public void Parse_UntilBeforeNextRow_ReportsGap()
    {
        var error = SingleError("""
            { "from": "2024-01-01", "until": "2024-12-30", "values": { "a": 1 }, "source": "s" },
            { "from": "2025-01-01", "values": { "a": 2 }, "source": "s" }
            """);

        error.Row.ShouldBe(1);
        error.Field.ShouldBe("until");
        error.Message.ShouldContain("gap: no row applies from 2024-12-31 to 2024-12-31");
    }

    [Fact]
    public void Parse_UntilAfterNextRow_ReportsOverlap()
    {
        var error = SingleError("""
            { "from": "2024-01-01", "until": "2025-01-15", "values": { "a": 1 }, "source": "s" },
            { "from": "2025-01-01", "values": { "a": 2 }, "source": "s" }
            """);

        error.Row.ShouldBe(1);
        error.Field.ShouldBe("until");
        error.Message.ShouldContain("overlap");
    }

    [Fact]
    public void Parse_UntilJustBeforeNextRow_IsAccepted()
    {
        var table = ParseTable("""
            { "from": "2024-01-01", "until": "2024-12-31", "values": { "a": 1 }, "source": "s" },
            { "from": "2025-01-01", "values": { "a": 2 }, "source": "s" }
            """).Table("t");

        table.RowOn(new DateOnly(2024, 12, 31)).Amount("a").ShouldBe(1m);
        table.RowOn(new DateOnly(2025, 1, 1)).Amount("a").ShouldBe(2m);
    }

    [Fact]
    public void Parse_NegativeAmount_NamesField()
    {
        var error = SingleError("""{ "from": "2025-02-01", "values": { "monthly": -1.5 }, "source": "s" }""");

        error.Row.ShouldBe(1);
        error.Field.ShouldBe("monthly");
        error.Message.ShouldContain("negative");
    }

    [Fact]
    public void Parse_MissingSource_IsRejected()
    {
        var error = SingleError("""{ "from": "2025-02-01", "values": { "a": 1 } }""");

        error.Field.ShouldBe("source");
    }

    [Fact]
    public void Parse_BadDate_NamesField()
    {
        var error = SingleError("""{ "from": "01/02/2025", "values": { "a": 1 }, "source": "s" }""");

        error.Field.ShouldBe("from");
        error.Message.ShouldContain("yyyy-MM-dd");
    }

    [Fact]
    public void Parse_InvalidJson_NamesFile()
    {
        var error = Should.Throw<ReferenceDataException>(() => ReferenceDataSet.Parse([new ReferenceDataSource("broken.json", "{ \"tables\": [")]))
            .Errors.ShouldHaveSingleItem();

        error.File.ShouldBe("broken.json");
        error.Message.ShouldContain("not valid JSON");
    }

    [Fact]
    public void Parse_TableInTwoFiles_IsRejected()
    {
        const string json = """{ "format": "primaweb-reference/1", "tables": [ { "id": "t", "rows": [ { "from": "2025-02-01", "values": { "a": 1 }, "source": "s" } ] } ] }""";

        var error = Should.Throw<ReferenceDataException>(() => ReferenceDataSet.Parse([new ReferenceDataSource("a.json", json), new ReferenceDataSource("b.json", json)]))
            .Errors.ShouldHaveSingleItem();

        error.File.ShouldBe("b.json");
        error.Message.ShouldContain("already defined in a.json");
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEachOne()
    {
        var exception = Should.Throw<ReferenceDataException>(() => ParseTable("""
            { "from": "2024-01-01", "values": { "a": -1 }, "source": "s" },
            { "from": "2025-01-01", "values": { "a": true } }
            """));

        exception.Errors.Count.ShouldBe(3);
        exception.Message.ShouldContain("test.json, table 't', row 1, field 'a'");
    }

    [Fact]
    public void RowOn_DateBeforeFirstRow_ThrowsNamingTheTable()
    {
        var table = ParseTable("""{ "from": "2025-02-01", "values": { "a": 1 }, "source": "s" }""").Table("t");

        var error = Should.Throw<ReferenceDataException>(() => table.RowOn(new DateOnly(2025, 1, 31))).Errors.ShouldHaveSingleItem();

        error.Table.ShouldBe("t");
        error.Message.ShouldContain("no row is in force on 2025-01-31");
    }

    [Fact]
    public void RowOn_AfterDeclaredEnd_IsNotCovered()
    {
        var table = ParseTable("""{ "from": "2025-02-01", "until": "2025-12-31", "values": { "a": 1 }, "source": "s" }""").Table("t");

        table.Covers(new DateOnly(2025, 12, 31)).ShouldBeTrue();
        table.Covers(new DateOnly(2026, 1, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Split_PeriodAcrossAChange_CutsAtTheNewRow()
    {
        var table = ParseTable("""
            { "from": "2024-05-01", "values": { "a": 1 }, "source": "s" },
            { "from": "2025-02-01", "values": { "a": 2 }, "source": "s" }
            """).Table("t");

        var segments = table.Split(new DateOnly(2025, 1, 15), new DateOnly(2025, 3, 31));

        segments.Count.ShouldBe(2);
        segments[0].From.ShouldBe(new DateOnly(2025, 1, 15));
        segments[0].To.ShouldBe(new DateOnly(2025, 1, 31));
        segments[0].Row.Amount("a").ShouldBe(1m);
        segments[1].From.ShouldBe(new DateOnly(2025, 2, 1));
        segments[1].To.ShouldBe(new DateOnly(2025, 3, 31));
        segments[1].Row.Amount("a").ShouldBe(2m);
    }
}

using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.A036;
using PrimaWeb.Workflows.Domain.Calculations.Loi65;
using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations;

public class CalculationReferenceDataTests
{
    private static List<ReferenceDataSource> SourcesWith(string fileName, Func<string, string> change) =>
        RepositoryReferenceData.Sources().Select(s => s.Name.EndsWith(fileName, StringComparison.Ordinal) ? s with { Content = change(s.Content) } : s).ToList();

    [Fact]
    public void Load_RepositoryFiles_BuildsEveryCalculation()
    {
        var data = CalculationReferenceData.Load(RepositoryReferenceData.Sources());

        data.Ris.CategoryAmounts.Rows.ShouldNotBeEmpty();
        data.Heating.AllowanceBands.Rows.ShouldNotBeEmpty();
        data.Loi65.StateShare.Rows.ShouldNotBeEmpty();
    }

    [Fact]
    public void Load_MissingFile_NamesEveryMissingTable()
    {
        var sources = RepositoryReferenceData.Sources().Where(s => !s.Name.EndsWith("loi65.json", StringComparison.Ordinal));

        var errors = Should.Throw<ReferenceDataException>(() => CalculationReferenceData.Load(sources)).Errors;

        errors.Select(e => e.Table).ShouldBe(["loi65.stateShare", "loi65.aidTypeStatuses", "loi65.deadlines", "loi65.nationalityCodes", "loi65.formCodes"], ignoreOrder: true);
    }

    [Fact]
    public void Load_MonthlyAmountNotMatchingYearly_NamesRowAndField()
    {
        var sources = SourcesWith("ris.json", c => c.Replace("\"category2Monthly\": 1314.20", "\"category2Monthly\": 1314.21", StringComparison.Ordinal));

        var error = Should.Throw<ReferenceDataException>(() => CalculationReferenceData.Load(sources)).Errors.ShouldHaveSingleItem();

        error.File.ShouldBe("definitions/reference/ris.json");
        error.Table.ShouldBe("ris.categoryAmounts");
        error.Row.ShouldBe(14, "the row of 2025-02-01, after the rows since 2020 (issue 14) and the category 2 row of 2015");
        error.Field.ShouldBe("category2Monthly");
    }

    [Fact]
    public void Load_VerifiedRowLeavingOutACategory_AsksForItsAmounts()
    {
        // The row of 2015 gives category 2 only (the sources cite no other), which only an unverified row may do.
        var sources = SourcesWith("ris.json", c => c.Replace(
            "\"unverified\": true,\n          \"note\": \"Only the category 2", "\"note\": \"Only the category 2", StringComparison.Ordinal));

        var errors = Should.Throw<ReferenceDataException>(() => CalculationReferenceData.Load(sources)).Errors;

        errors.Select(e => e.Field).ShouldBe(["category1Yearly", "category1Monthly", "category3Yearly", "category3Monthly"], ignoreOrder: true);
        errors.ShouldAllBe(e => e.Table == "ris.categoryAmounts" && e.Row == 1 && e.Message.Contains("an amount is required"));
    }

    [Fact]
    public void Load_CategoryWithItsMonthlyAmountOnly_AsksForTheYearlyOne()
    {
        var sources = SourcesWith("ris.json", c => c.Replace(
            "\"values\": { \"category2Yearly\": 9808.32, \"category2Monthly\": 817.36 }", "\"values\": { \"category2Monthly\": 817.36 }", StringComparison.Ordinal));

        var error = Should.Throw<ReferenceDataException>(() => CalculationReferenceData.Load(sources)).Errors.ShouldHaveSingleItem();

        (error.Row, error.Field).ShouldBe((1, "category2Yearly"));
    }

    [Fact]
    public void Load_UnknownChoice_ListsTheAllowedValues()
    {
        var sources = SourcesWith("ris.json", c => c.Replace("\"partialMonthProRata\": \"calendarDays\"", "\"partialMonthProRata\": \"weekdays\"", StringComparison.Ordinal));

        var error = Should.Throw<ReferenceDataException>(() => CalculationReferenceData.Load(sources)).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("partialMonthProRata");
        error.Message.ShouldContain("calendarDays, thirtyDays");
    }

    [Fact]
    public void Load_MissingField_NamesIt()
    {
        // The first row only: a later row has the same text (issue 14 added the 2026 cap).
        var sources = SourcesWith("heating-allowance.json", c =>
        {
            var at = c.IndexOf("\"litres\": 1500", StringComparison.Ordinal);
            return string.Concat(c.AsSpan(0, at), "\"liters\"", c.AsSpan(at + "\"litres\"".Length));
        });

        var error = Should.Throw<ReferenceDataException>(() => CalculationReferenceData.Load(sources)).Errors.ShouldHaveSingleItem();

        error.Table.ShouldBe("heating.maxLitres");
        error.Row.ShouldBe(1);
        error.Field.ShouldBe("litres");
    }

    [Fact]
    public void Load_BadStatusList_NamesTheAidType()
    {
        var sources = SourcesWith("loi65.json", c => c.Replace("\"housing\": \"B,F\"", "\"housing\": \"B;F\"", StringComparison.Ordinal));

        var error = Should.Throw<ReferenceDataException>(() => CalculationReferenceData.Load(sources)).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("housing");
    }

    [Fact]
    public void Loi65_nationality_codes_read_both_ways_and_a_nationality_the_table_lacks_has_none()
    {
        var loi65 = CalculationReferenceData.Load(RepositoryReferenceData.Sources()).Loi65;
        var day = new DateOnly(2026, 12, 7);

        loi65.NationalityCode("BE", day).ShouldBe(150);
        loi65.NationalityCode("ma", day).ShouldBe(354);
        loi65.NationalityCode("JP", day).ShouldBeNull();
        loi65.NationalityCode(null, day).ShouldBeNull();
        loi65.NationalityOf(111, day).ShouldBe("FR");
        loi65.NationalityOf(999, day).ShouldBeNull();
    }

    [Fact]
    public void Loi65_form_C_codes_are_chosen_by_the_kind_of_decision_from_the_reference_data()
    {
        var sources = SourcesWith("loi65.json", c => c.Replace("\"withdrawalNature\": \"C\", \"withdrawalReason\": \"01\"", "\"withdrawalNature\": \"W\", \"withdrawalReason\": \"07\"", StringComparison.Ordinal));

        var codes = CalculationReferenceData.Load(sources).Loi65.FormCodesOn(new DateOnly(2026, 12, 7));

        codes.Stop(Loi65StopKind.Withdrawal).ShouldBe(("W", "07"));
        codes.Stop(Loi65StopKind.Suspension).ShouldBe(("C", "01"));
        codes.FinancialAidStatus.ShouldBe("B");
    }

    [Theory]
    [InlineData("\"MA\": 354", "\"MA\": 3540", "values", "whole number from 100 to 999")]
    [InlineData("\"MA\": 354", "\"Maroc\": 354", "values", "'Maroc' is not a two-letter ISO 3166 code")]
    [InlineData("\"financialAidStatus\": \"B\"", "\"financialAidStatus\": \"BB\"", "financialAidStatus", "one letter from A to K")]
    [InlineData("\"refusalReason\": \"01\"", "\"refusalReason\": \"1\"", "refusalReason", "two characters")]
    public void Load_bad_Loi65_code_names_the_field_and_what_is_wrong(string from, string to, string field, string message)
    {
        var sources = SourcesWith("loi65.json", c => c.Replace(from, to, StringComparison.Ordinal));

        var error = Should.Throw<ReferenceDataException>(() => CalculationReferenceData.Load(sources)).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe(field);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void A036_suspension_rule_is_read_from_the_reference_data_and_a_value_it_does_not_know_is_named()
    {
        CalculationReferenceData.Load(RepositoryReferenceData.Sources()).A036.OnSuspension(new DateOnly(2027, 1, 1)).ShouldBe(A036OnSuspension.Unchanged);
        var ending = SourcesWith("a036.json", c => c.Replace("\"onSuspension\": \"unchanged\"", "\"onSuspension\": \"endAtSuspension\"", StringComparison.Ordinal));
        CalculationReferenceData.Load(ending).A036.OnSuspension(new DateOnly(2027, 1, 1)).ShouldBe(A036OnSuspension.EndAtSuspension);

        var sources = SourcesWith("a036.json", c => c.Replace("\"onSuspension\": \"unchanged\"", "\"onSuspension\": \"sometimes\"", StringComparison.Ordinal));
        var error = Should.Throw<ReferenceDataException>(() => CalculationReferenceData.Load(sources)).Errors.ShouldHaveSingleItem();

        (error.File, error.Table, error.Field).ShouldBe(("definitions/reference/a036.json", "a036.changes", "onSuspension"));
        error.Message.ShouldContain("unchanged, endAtSuspension");
    }

    [Fact]
    public void Load_EveryUnverifiedRow_ExplainsItself()
    {
        var data = CalculationReferenceData.Load(RepositoryReferenceData.Sources());

        data.Set.Tables.SelectMany(t => t.Rows).Where(r => r.Unverified && r.Note is null)
            .Select(r => r.ToString())
            .ShouldBeEmpty();
    }
}

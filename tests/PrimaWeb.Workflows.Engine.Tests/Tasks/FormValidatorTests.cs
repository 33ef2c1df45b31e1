using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Engine.Tests.Tasks;

public sealed class FormValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static readonly FormField[] Form =
    [
        new("amount", FormFieldType.Number, Min: 0),
        new("free", FormFieldType.Number),
        new("on", FormFieldType.Date),
        new("note", FormFieldType.Text),
        new("lines", FormFieldType.Group, Fields: [new("kind", FormFieldType.Choice, Required: true, Choices: ["rent", "energy"]), new("amount", FormFieldType.Number, Min: 0)]),
    ];

    [Theory]
    [InlineData("1e308", FormErrorCodes.Max)]
    [InlineData("-1e308", FormErrorCodes.Min)]
    [InlineData("1000000001", FormErrorCodes.Max)]
    public void Validate_NumberBeyondAnyAmount_IsRefusedNotOverflowed(string number, string code)
    {
        var refusal = FormValidator.Validate(Form, new JsonObject { ["free"] = JsonNode.Parse(number) }, FormLimits.Default, Today).ShouldHaveSingleItem();

        (refusal.Field, refusal.Code).ShouldBe(("free", code));
    }

    [Theory]
    [InlineData("1899-12-31", false)]
    [InlineData("1900-01-01", true)]
    [InlineData("2036-11-27", true)]
    [InlineData("2036-11-28", false)]
    [InlineData("9999-12-31", false)]
    public void Validate_Dates_AreKeptBetween1900AndTenYearsAhead(string date, bool accepted)
    {
        var refusals = FormValidator.Validate(Form, new JsonObject { ["on"] = date }, FormLimits.Default, Today);

        refusals.Count.ShouldBe(accepted ? 0 : 1);
        if (!accepted)
        {
            refusals[0].Code.ShouldBe(FormErrorCodes.DateRange);
            refusals[0].Arguments.ShouldBe([new DateOnly(1900, 1, 1), new DateOnly(2036, 11, 27)]);
        }
    }

    [Fact]
    public void Validate_TextWithoutItsOwnMaximum_KeepsTheDefaultOne()
    {
        var refusal = FormValidator.Validate(Form, new JsonObject { ["note"] = new string('x', 20_001) }, FormLimits.Default, Today).ShouldHaveSingleItem();

        (refusal.Code, refusal.Arguments[0]).ShouldBe((FormErrorCodes.MaxLength, (object)20_000));
    }

    [Fact]
    public void Validate_GroupLines_NameTheLineAndTheSubField()
    {
        var payload = new JsonObject
        {
            ["lines"] = new JsonArray(
                new JsonObject { ["kind"] = "rent", ["amount"] = 550 },
                new JsonObject { ["kind"] = "water", ["amount"] = -1, ["extra"] = true },
                7),
        };

        var refusals = FormValidator.Validate(Form, payload, FormLimits.Default, Today);

        refusals.Select(r => (r.Field, r.Code)).ShouldBe([
            ("lines[1].kind", FormErrorCodes.Choice), ("lines[1].amount", FormErrorCodes.Min), ("lines[1].extra", FormErrorCodes.Unknown), ("lines[2]", FormErrorCodes.List)]);
    }

    [Fact]
    public void Validate_GroupTooLong_IsRefusedWithoutReadingItsLines()
    {
        var lines = new JsonArray();
        for (var i = 0; i < 100_000; i++)
        {
            lines.Add(new JsonObject { ["kind"] = "unknown" });
        }

        var refusal = FormValidator.Validate(Form, new JsonObject { ["lines"] = lines }, FormLimits.Default, Today).ShouldHaveSingleItem();

        (refusal.Field, refusal.Code, refusal.Arguments[0]).ShouldBe(("lines", FormErrorCodes.MaxItems, (object)100));
    }

    [Fact]
    public void Validate_GroupNotAList_IsRefused()
    {
        var refusal = FormValidator.Validate(Form, new JsonObject { ["lines"] = "[{\"kind\":\"rent\"}]" }, FormLimits.Default, Today).ShouldHaveSingleItem();

        (refusal.Field, refusal.Code).ShouldBe(("lines", FormErrorCodes.List));
    }
}

using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Engine.Tests.Tasks;

public sealed class FormValidatorDateBoundsTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static readonly FormField[] Form =
    [
        new("decidedOn", FormFieldType.Date, NotAfterToday: true),
        new("from", FormFieldType.Date),
        new("until", FormFieldType.Date, NotBefore: "from"),
        new("stays", FormFieldType.Group, Fields: [new("from", FormFieldType.Date), new("until", FormFieldType.Date, NotBefore: "from")]),
    ];

    [Theory]
    [InlineData("2026-11-27", true)]
    [InlineData("2026-11-26", true)]
    [InlineData("2026-11-28", false)]
    public void Validate_DateNeverAfterToday_RefusesTomorrowWithTheDateAndToday(string decidedOn, bool accepted)
    {
        var refusals = FormValidator.Validate(Form, new JsonObject { ["decidedOn"] = decidedOn }, FormLimits.Default, Today);

        if (accepted)
        {
            refusals.ShouldBeEmpty();
            return;
        }

        var refusal = refusals.ShouldHaveSingleItem();
        (refusal.Field, refusal.Code).ShouldBe(("decidedOn", FormErrorCodes.InFuture));
        refusal.Arguments.ShouldBe([new DateOnly(2026, 11, 28), Today]);
    }

    [Fact]
    public void Validate_EndBeforeItsStart_IsRefusedOnTheEnd_NamingBothDates()
    {
        var refusal = FormValidator.Validate(Form, new JsonObject { ["from"] = "2026-12-01", ["until"] = "2026-11-30" }, FormLimits.Default, Today)
            .ShouldHaveSingleItem();

        (refusal.Field, refusal.Code).ShouldBe(("until", FormErrorCodes.EndBeforeStart));
        refusal.Arguments.ShouldBe([new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 1)]);
    }

    [Theory]
    [InlineData("2026-12-01", "2026-12-01")]
    [InlineData("2026-12-01", "2027-05-31")]
    [InlineData(null, "2026-11-30")]
    [InlineData("not a date", "2026-11-30")]
    public void Validate_EndOnOrAfterItsStart_OrWithoutAStart_HasNoOrderRefusal(string? from, string until)
    {
        var payload = new JsonObject { ["until"] = until };
        if (from is not null)
        {
            payload["from"] = from;
        }

        var refusals = FormValidator.Validate(Form, payload, FormLimits.Default, Today);

        refusals.ShouldNotContain(r => r.Code == FormErrorCodes.EndBeforeStart);
    }

    [Fact]
    public void Validate_LineOfAGroup_ComparesTheDatesOfTheSameLine()
    {
        var stays = new JsonArray
        {
            new JsonObject { ["from"] = "2026-01-01", ["until"] = "2026-06-30" },
            new JsonObject { ["from"] = "2026-07-01", ["until"] = "2026-06-30" },
        };

        var refusal = FormValidator.Validate(Form, new JsonObject { ["stays"] = stays }, FormLimits.Default, Today).ShouldHaveSingleItem();

        (refusal.Field, refusal.Code).ShouldBe(("stays[1].until", FormErrorCodes.EndBeforeStart));
    }

    [Fact]
    public void Today_InTheLimitsTimeZone_IsThatZonesDay_NotTheUtcOne()
    {
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var lateEvening = new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.Zero);

        FormLimits.Default.Today(lateEvening).ShouldBe(new DateOnly(2026, 11, 27));
        (FormLimits.Default with { TimeZone = brussels }).Today(lateEvening).ShouldBe(new DateOnly(2026, 11, 28));
    }
}

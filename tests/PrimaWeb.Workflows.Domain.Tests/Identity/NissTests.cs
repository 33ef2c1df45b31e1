using System.Globalization;
using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.Domain.Tests.Identity;

public class NissTests
{
    [Theory]
    [InlineData("93051822361", 1993, 5, 18, 223, Gender.Male, 1900)] // N-1
    // N-3 and N-4: niss.md reads the sequence as 556 (female), but digits 7–9 of 000125 567 77 are 567, which is
    // odd, hence male by the document's own rule; the table's gender is taken as a slip.
    [InlineData("00012556777", 2000, 1, 25, 567, Gender.Male, 2000)] // N-3
    [InlineData("00012556748", 1900, 1, 25, 567, Gender.Male, 1900)] // N-4
    [InlineData("85093001164", 1985, 9, 30, 11, Gender.Male, 1900)] // N-7
    [InlineData("94021300145", 1994, 2, 13, 1, Gender.Male, 1900)] // N-8
    [InlineData("06070500252", 2006, 7, 5, 2, Gender.Female, 2000)] // N-9
    [InlineData("00010100204", 2000, 1, 1, 2, Gender.Female, 2000)] // N-11
    public void Parse_NationalRegisterNumber_DerivesBirthDateGenderAndCentury(
        string text, int year, int month, int day, int sequence, Gender gender, int century)
    {
        var niss = Niss.Parse(text, CultureInfo.InvariantCulture);

        niss.Value.ShouldBe(text);
        niss.Kind.ShouldBe(NissKind.NationalRegister);
        niss.IsBis.ShouldBeFalse();
        niss.BirthDate.ShouldBe(new DateOnly(year, month, day));
        niss.BirthYear.ShouldBe(year);
        niss.Sequence.ShouldBe(sequence);
        niss.Gender.ShouldBe(gender);
        niss.Century.ShouldBe(century);
    }

    [Fact]
    public void Parse_BisNumberWithMonthPlus40_IsBisWithKnownSex()
    {
        var niss = Niss.Parse("85493001153", CultureInfo.InvariantCulture); // N-5

        niss.Kind.ShouldBe(NissKind.BisSexKnown);
        niss.IsBis.ShouldBeTrue();
        niss.BirthDate.ShouldBe(new DateOnly(1985, 9, 30));
        niss.Gender.ShouldBe(Gender.Male);
    }

    [Fact]
    public void Parse_BisNumberWithMonthPlus20_IsBisWithUnknownSex()
    {
        var niss = Niss.Parse("85293001110", CultureInfo.InvariantCulture); // N-6

        niss.Kind.ShouldBe(NissKind.BisSexUnknown);
        niss.BirthDate.ShouldBe(new DateOnly(1985, 9, 30));
        niss.Gender.ShouldBe(Gender.Unknown);
    }

    [Fact]
    public void Parse_WrongCheckDigits_FailsWithBothExpectedChecks()
    {
        var error = Should.Throw<InvalidNissException>(() => Niss.Parse("93051822362", CultureInfo.InvariantCulture)); // N-2

        error.Error.ShouldBe(NissError.CheckDigitsMismatch);
        error.Message.ShouldBe("The NISS '93051822362' has check digits 62; they should be 61 (born before 2000) or 90 (born in 2000 or later).");
    }

    [Theory]
    [InlineData("0607050025", NissError.WrongLength, "has 10 digits; 11 are required")] // N-10
    [InlineData("060705002520", NissError.WrongLength, "has more than 11 digits")]
    [InlineData("060705002AB", NissError.InvalidCharacters, "contains 'A'")] // N-10
    [InlineData("", NissError.Empty, "The NISS is empty.")]
    [InlineData("   ", NissError.Empty, "The NISS is empty.")]
    [InlineData(null, NissError.Empty, "The NISS is empty.")]
    public void Parse_BadStructure_FailsWithReason(string? text, NissError expected, string messagePart)
    {
        var error = Should.Throw<InvalidNissException>(() => Niss.Parse(text!, CultureInfo.InvariantCulture));

        error.Error.ShouldBe(expected);
        error.Message.ShouldContain(messagePart);
    }

    [Theory]
    [InlineData("93131822320")] // month 13
    [InlineData("93023022368")] // 30 February
    [InlineData("93601822358")] // month 60: neither a National Register nor a BIS month
    [InlineData("00022900116")] // 29 February 1900: 1900 was not a leap year
    [InlineData("01022900166")] // 29 February 2001
    public void Parse_ImpossibleBirthDate_FailsWithImpossibleDate(string text)
    {
        var error = Should.Throw<InvalidNissException>(() => Niss.Parse(text, CultureInfo.InvariantCulture));

        error.Error.ShouldBe(NissError.ImpossibleDate);
        error.Message.ShouldContain("impossible birth date");
    }

    [Fact]
    public void Parse_29FebruaryOf2000_IsValid()
    {
        Niss.Parse("00022900145", CultureInfo.InvariantCulture).BirthDate.ShouldBe(new DateOnly(2000, 2, 29));
    }

    [Fact]
    public void BirthDate_UnknownMonthAndDay_IsNullButYearIsKnown()
    {
        var niss = Niss.Parse("93000022381", CultureInfo.InvariantCulture);

        niss.BirthDate.ShouldBeNull();
        niss.BirthYear.ShouldBe(1993);
        niss.Gender.ShouldBe(Gender.Male);
    }

    [Fact]
    public void BirthDate_BisWithUnknownMonth_IsNull()
    {
        var niss = Niss.Parse("93400022370", CultureInfo.InvariantCulture);

        niss.Kind.ShouldBe(NissKind.BisSexKnown);
        niss.BirthDate.ShouldBeNull();
    }

    [Fact]
    public void Parse_RemainderZero_ExpectsCheckDigits97()
    {
        var niss = Niss.Parse("93201800197", CultureInfo.InvariantCulture);

        niss.Kind.ShouldBe(NissKind.BisSexUnknown);
        niss.BirthDate.ShouldBeNull();
    }

    [Theory]
    [InlineData("93.05.18-223.61")]
    [InlineData("93 05 18 223 61")]
    [InlineData("930518/223-61")]
    [InlineData(" 93051822361\t")]
    [InlineData("93\u00a005\u00a018-223.61")]
    public void Parse_WithSeparators_GivesCanonicalDigits(string text)
    {
        var niss = Niss.Parse(text, CultureInfo.InvariantCulture);

        niss.Value.ShouldBe("93051822361");
        niss.ToString().ShouldBe("93051822361");
        niss.ShouldBe(Niss.Parse("93051822361", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Formatted_GivesDocumentForm()
    {
        Niss.Parse("93051822361", CultureInfo.InvariantCulture).Formatted.ShouldBe("93.05.18-223.61");
        Niss.Parse("00010100204", CultureInfo.InvariantCulture).Formatted.ShouldBe("00.01.01-002.04");
    }

    [Fact]
    public void TryParse_Invalid_ReturnsReasonWithoutThrowing()
    {
        var ok = Niss.TryParse("93051822362", out var niss, out var error, out var message);

        ok.ShouldBeFalse();
        niss.ShouldBe(default);
        error.ShouldBe(NissError.CheckDigitsMismatch);
        message.ShouldNotBeNull().ShouldContain("should be 61");
    }

    [Fact]
    public void TryParse_Valid_ReturnsNumber()
    {
        Niss.TryParse("94021300145", out var niss).ShouldBeTrue();

        niss.Value.ShouldBe("94021300145");
    }

    [Fact]
    public void CheckDigits_BothCenturies_FollowTheModulo97Rule()
    {
        Niss.CheckDigits(930518223, 1900).ShouldBe(61);
        Niss.CheckDigits(125567, 2000).ShouldBe(77);
        Niss.CheckDigits(125567, 1900).ShouldBe(48);
        Niss.CheckDigits(932018001, 1900).ShouldBe(97);
    }

    [Fact]
    public void Value_OfDefault_Throws()
    {
        Should.Throw<InvalidOperationException>(() => default(Niss).Value);
        default(Niss).ToString().ShouldBe(string.Empty);
    }

    [Fact]
    public void Parse_WithoutProvider_GivesTheSameNumber()
    {
        Func<string, Niss> parse = Niss.Parse;

        parse("93.05.18-223.61").ShouldBe(Niss.Parse("93051822361", CultureInfo.InvariantCulture));
    }
}

using PrimaWeb.Workflows.Simulator.SppIs;

namespace PrimaWeb.Workflows.Simulator.Tests.SppIs;

/// <summary>Loi 65 file numbers, cases L-1..L-4.</summary>
public sealed class FileNumberTests
{
    [Theory]
    [InlineData("000123", "123")]
    [InlineData("12/34", "1234")]
    [InlineData("ab12", "AB12")]
    public void NormaliseFileNumber_Variants_AreTheSameFile(string text, string other) =>
        SppIsDesk.NormaliseFileNumber(text).ShouldBe(SppIsDesk.NormaliseFileNumber(other));

    [Fact]
    public void NormaliseFileNumber_TwelvePositions_IsRejected() =>
        SppIsDesk.NormaliseFileNumber("ABCDEFGHIJKL").ShouldBeNull();
}

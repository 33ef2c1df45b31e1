using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Domain.Tests.People;

public sealed class PersonNameTests
{
    [Fact]
    public void Constructor_NamesWithSpaces_TrimsThemAndDropsABlankMiddleName()
    {
        var name = new PersonName(" Van den Bossche ", "Anne-Marie ", " ");

        name.ShouldBe(new PersonName("Van den Bossche", "Anne-Marie"));
        name.MiddleName.ShouldBeNull();
        name.ToString().ShouldBe("Van den Bossche, Anne-Marie");
    }

    [Fact]
    public void Constructor_AccentsApostrophesAndOtherAlphabets_AreKept()
    {
        var name = new PersonName("D’Hondt", "Zoë", "Олена");

        (name.LastName, name.FirstName, name.MiddleName).ShouldBe(("D’Hondt", "Zoë", "Олена"));
    }

    [Theory]
    [InlineData("Mart1n", "Thomas", "LastName")]
    [InlineData("Martin", "", "FirstName")]
    [InlineData("Martin", "Thomas#", "FirstName")]
    public void Constructor_NameARegisterNeverWrites_IsRefusedNamingTheField(string lastName, string firstName, string field)
    {
        Should.Throw<DomainValidationException>(() => new PersonName(lastName, firstName)).Field.ShouldBe(field);
    }

    [Fact]
    public void Constructor_MiddleNameWithADigit_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new PersonName("Martin", "Thomas", "J2")).Field.ShouldBe("MiddleName");
    }
}

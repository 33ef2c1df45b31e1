using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Domain.Tests.People;

public sealed class PhoneticKeyTests
{
    [Theory]
    [InlineData("Dupont", "Dupond")]
    [InlineData("Janssens", "Janssen")]
    [InlineData("Janssens", "Jansens")]
    [InlineData("Vandenbroeck", "Van den Broek")]
    [InlineData("Vandenbroeck", "Vandenbroucke")]
    [InlineData("Claes", "Claeys")]
    [InlineData("Claes", "Klaas")]
    [InlineData("Hendrickx", "Hendricks")]
    [InlineData("d'Hondt", "De Hondt")]
    [InlineData("Dhondt", "De Hondt")]
    [InlineData("Declercq", "De Clercq")]
    [InlineData("Maes", "Maas")]
    [InlineData("Lefèbvre", "LEFEBVRE")]
    [InlineData("Wuyts", "Wuijts")]
    public void Of_SpellingVariants_GiveTheSameKey(string name, string variant) =>
        PhoneticKey.Of(variant).ShouldBe(PhoneticKey.Of(name));

    [Theory]
    [InlineData("Dupont", "Dubois")]
    [InlineData("Maes", "Mertens")]
    [InlineData("Janssens", "Jacobs")]
    [InlineData("Claes", "Cools")]
    [InlineData("Peeters", "Peters-Dumont")]
    public void Of_DifferentNames_GiveDifferentKeys(string name, string other) =>
        PhoneticKey.Of(other).ShouldNotBe(PhoneticKey.Of(name));

    [Theory]
    [InlineData("Dupont", "DAPANT")]
    [InlineData("Janssens", "JANSAN")]
    [InlineData("Vandenbroeck", "VANDANBRAK")]
    [InlineData("Claes", "KL")]
    [InlineData("Hendrickx", "ANDRAK")]
    [InlineData("d'Hondt", "DANT")]
    public void Of_Name_IsTheKeyDocumentedInServicesMd(string name, string key) => PhoneticKey.Of(name).ShouldBe(key);
}

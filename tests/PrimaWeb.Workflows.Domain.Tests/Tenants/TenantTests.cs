using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Tenants;

namespace PrimaWeb.Workflows.Domain.Tests.Tenants;

public class TenantTests
{
    [Fact]
    public void Constructor_ValidCpas_KeepsCanonicalIdentifiers()
    {
        var tenant = new Tenant("cpas-namur", "CPAS de Namur", "92094", "0212.345.668", Language.Fr);

        tenant.Id.ShouldBe("cpas-namur");
        tenant.NisCode.ShouldBe("92094");
        tenant.EnterpriseNumber.ShouldBe("0212345668");
        tenant.DefaultLanguage.ShouldBe(Language.Fr);
    }

    [Fact]
    public void Move_CpasWithoutAddress_KeepsTheAddressItsLettersPrint()
    {
        var tenant = new Tenant("cpas-namur", "CPAS de Namur", "92094", null, Language.Fr);

        tenant.Move(new Address("Rue de Dave", "165", null, "5100", "Namur"));

        tenant.Address.ShouldBe(new Address("Rue de Dave", "165", null, "5100", "Namur"));
    }

    [Theory]
    [InlineData("CPAS-Namur")]
    [InlineData("cp")]
    [InlineData("cpas namur")]
    [InlineData("cpas--namur")]
    [InlineData("cpas-")]
    [InlineData("1cpas")]
    public void Constructor_BadCode_IsRefused(string code)
    {
        Should.Throw<DomainValidationException>(() => new Tenant(code, "CPAS", "92094", null, Language.Fr)).Field.ShouldBe("Id");
        TenantCode.IsValid(code).ShouldBeFalse();
    }

    [Fact]
    public void Constructor_WrongEnterpriseCheckDigits_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new Tenant("ocmw-gent", "OCMW Gent", null, "0212.345.669", Language.Nl))
            .Message.ShouldBe("The enterprise number '0212.345.669' has check digits 69; they should be 68.");
    }

    [Fact]
    public void Constructor_NeitherNisCodeNorEnterpriseNumber_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new Tenant("ocmw-gent", "OCMW Gent", null, null, Language.Nl))
            .Message.ShouldBe("A CPAS needs its municipality's NIS code or its enterprise number.");
    }

    [Fact]
    public void Constructor_NisCodeOfFourDigits_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new Tenant("ocmw-gent", "OCMW Gent", "4402", null, Language.Nl))
            .Field.ShouldBe("NisCode");
    }

    [Theory]
    [InlineData("081 33 70 00")]
    [InlineData("+32 81 33 70 00")]
    [InlineData("09/266.90.00")]
    public void ChangePhone_UsualBelgianWriting_IsKeptAsWritten(string phone)
    {
        var tenant = new Tenant("cpas-namur", "CPAS de Namur", "92094", null, Language.Fr);

        tenant.ChangePhone(phone);

        tenant.Phone.ShouldBe(phone);
    }

    [Theory]
    [InlineData("081 33")]
    [InlineData("081 33 70 00 ext. 2")]
    [InlineData("081+337000")]
    public void ChangePhone_NotAPhoneNumber_IsRefusedNamingTheField(string phone)
    {
        var tenant = new Tenant("cpas-namur", "CPAS de Namur", "92094", null, Language.Fr, phone: "081 33 70 00");

        var refusal = Should.Throw<DomainValidationException>(() => tenant.ChangePhone(phone));

        refusal.Field.ShouldBe("Phone");
        refusal.Code.ShouldBe(RuleCodes.PhoneNumber);
        tenant.Phone.ShouldBe("081 33 70 00");
    }
}

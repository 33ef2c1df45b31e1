using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.FederalServices.Tests.Transport;

/// <summary>
/// The domain's address and name on the wire (ADR 0401): under the registers' element names, and checked by the domain
/// when read, so a malformed federal answer is refused naming the element instead of entering the application.
/// </summary>
public sealed class FederalJsonTests
{
    private static readonly Niss Thomas = Niss.Parse("85073003328", null);

    private static readonly NaturalPerson Person = new(
        Thomas, new PersonName("Martin", "Thomas", "Marie"), "1985-07-30", Gender.Male, 150,
        new Address("Rue de Fer", "12", "3", "5000", "Namur"), null, RegisterType.Population);

    [Fact]
    public void Serialize_Address_UsesTheRegistersElementNames()
    {
        var json = JsonSerializer.Serialize(new Address("Rue de Fer", "12", null, "5000", "Namur"), FederalJson.Options);

        json.ShouldBe("""{"StreetName":"Rue de Fer","HouseNumber":"12","PostalCode":"5000","Municipality":"Namur","CountryCode":"BE"}""");
    }

    [Fact]
    public void Deserialize_SerializedPerson_GivesTheSameAddressAndName()
    {
        var read = JsonSerializer.Deserialize<NaturalPerson>(JsonSerializer.Serialize(Person, FederalJson.Options), FederalJson.Options);

        read.ShouldNotBeNull().Address.ShouldBe(Person.Address);
        read.Name.ShouldBe(Person.Name);
        read.Name.MiddleName.ShouldBe("Marie");
    }

    [Fact]
    public void Deserialize_AddressTheDomainRefuses_FailsNamingTheElementAndTheRule()
    {
        var json = PersonJson().Replace("\"PostalCode\":\"5000\"", "\"PostalCode\":\"500\"", StringComparison.Ordinal);

        var error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<NaturalPerson>(json, FederalJson.Options));

        error.Path.ShouldBe("$.Address");
        error.Message.ShouldContain("Address.PostalCode");
        error.Message.ShouldContain("The Belgian postal code '500' must have 4 digits");
    }

    [Fact]
    public void Deserialize_AddressWithoutStreet_FailsNamingTheRegistersElement()
    {
        var json = PersonJson().Replace("\"StreetName\":\"Rue de Fer\",", "", StringComparison.Ordinal);

        var error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<NaturalPerson>(json, FederalJson.Options));

        error.Message.ShouldContain("Address.StreetName: The street is required.");
    }

    [Fact]
    public void Deserialize_NameWithADigit_FailsNamingTheElement()
    {
        var json = PersonJson().Replace("\"LastName\":\"Martin\"", "\"LastName\":\"Mart1n\"", StringComparison.Ordinal);

        var error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<NaturalPerson>(json, FederalJson.Options));

        error.Path.ShouldBe("$.Name");
        error.Message.ShouldContain("PersonName.LastName: The last name 'Mart1n' contains '1'");
    }

    [Fact]
    public async Task IdentifyBySsinAsync_AnswerWithAnAddressTheDomainRefuses_ThrowsMalformedAnswerNamingTheElement()
    {
        var reply = JsonSerializer.Serialize(new ServiceReply<IdentifyPersonAnswer>(ReplyStatus.Ok, new IdentifyPersonAnswer([Person])), FederalJson.Options)
            .Replace("\"PostalCode\":\"5000\"", "\"PostalCode\":\"ABCD\"", StringComparison.Ordinal);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FederalServices:BaseAddress"] = "http://registers.test/" })
            .Build();
        var services = new ServiceCollection();
        services.AddFederalServicesGateway(configuration);
        services.AddHttpClient<FederalServiceInvoker>().ConfigurePrimaryHttpMessageHandler(() => new FixedAnswer(reply));
        await using var provider = services.BuildServiceProvider();
        var context = new FederalCallContext("cpas-namur", "sophie.lambert", "CASE-1", null, LegalContext.SocialInquiry);

        var error = await Should.ThrowAsync<MalformedAnswerException>(() =>
            provider.GetRequiredService<IIdentificationClient>().IdentifyBySsinAsync(context, Thomas));

        error.Message.ShouldContain("malformed answer");
        error.Message.ShouldContain("$.Data.Persons[0].Address");
        error.Message.ShouldContain("The Belgian postal code 'ABCD' must have 4 digits");
    }

    private static string PersonJson() => JsonSerializer.Serialize(Person, FederalJson.Options);

    private sealed class FixedAnswer(string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}

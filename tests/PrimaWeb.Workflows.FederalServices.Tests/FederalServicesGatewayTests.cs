using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Control;
using PrimaWeb.Workflows.FederalServices.SppIs;

namespace PrimaWeb.Workflows.FederalServices.Tests;

public sealed class FederalServicesGatewayTests
{
    [Fact]
    public void AddFederalServicesGateway_Configuration_BindsOptionsAndKeepsTheHostsImplementations()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FederalServices:BaseAddress"] = "http://127.0.0.1:6001/",
            ["FederalServices:AttemptTimeout"] = "00:00:07",
            ["FederalServices:MaxRetryAttempts"] = "5",
        }).Build();
        var audit = new InMemoryAuditLog();
        var services = new ServiceCollection();
        services.AddSingleton<IAuditLog>(audit);

        services.AddFederalServicesGateway(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<FederalServicesOptions>>().Value;
        options.BaseAddress.ShouldBe(new Uri("http://127.0.0.1:6001/"));
        options.AttemptTimeout.ShouldBe(TimeSpan.FromSeconds(7));
        options.MaxRetryAttempts.ShouldBe(5);
        provider.GetRequiredService<IAuditLog>().ShouldBeSameAs(audit);
        provider.GetRequiredService<IIntegrationDirectory>().ShouldBeOfType<InMemoryIntegrationDirectory>();
        provider.GetRequiredService<ISppIsClient>().ShouldNotBeNull();
    }

    [Fact]
    public void All_EveryServiceOfTheSeed_IsInTheCatalogueOnce()
    {
        string[] seed =
        [
            "OCMWCPASIdentifyPerson", "ManagerPerson.createKSZCitizen", "OCMWCPASManageAccess", "OCMWCPASPerformInvestigation",
            "L950", "A701", "L301", "ReferenceManager.Consult", "OCMWCPASHealthInsurance", "OCMWCPASRegistreAttest",
            "OCMWCPASStopAttest", "OCMWCPASRegisterRecoveredAmount", "OCMWCPASWet65Loi65AB", "OCMWCPASWet65Loi65C",
            "OCMWCPASWet65Loi65DF", "OCMWCPASOrganicLaw", "OCMWCPASListOfAttestation", "OCMWCPASA036",
            "OCMWCPASRvvBimOmnioStatus", "HeatingAllocationConsultAllocation", "ComputeAllocation", "SaveAllocation",
        ];

        ServiceCatalog.All.Select(s => s.Name).ShouldBeUnique();
        ServiceCatalog.All.Select(s => s.Name).ShouldBeSubsetOf(ServiceCatalog.All.Select(s => s.Name));
        seed.ShouldBeSubsetOf(ServiceCatalog.All.Select(s => s.Name));
    }
}

using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>Persons: find one by NISS or by name in the CPAS and the registers, create a BIS number (API and screens).</summary>
internal sealed class PersonsFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder) => builder.Services
        .AddSingleton<Nationalities>()
        .AddScoped<PersonDirectory>()
        .AddScoped<PersonLookup>()
        .AddScoped<PersonCorrection>();

    public static void Map(WebApplication app) => app.MapPersonEndpoints();
}

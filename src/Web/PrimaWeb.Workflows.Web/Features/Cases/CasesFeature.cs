using PrimaWeb.Workflows.Data.Cases;
using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>Cases: open one for a person (importing the official household), read it, keep its de facto household (API and screens).</summary>
internal sealed class CasesFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder) => builder.Services
        .AddScoped<CaseList>()
        .AddScoped<CaseDetailsQuery>()
        .AddScoped<CaseOpening>()
        .AddScoped<CaseReferences>()
        .AddScoped<DeFactoHouseholdUpdate>()
        .AddScoped<CaseQueries>()
        .AddScoped<CaseWorkQueries>()
        .AddScoped<DeFactoHouseholdEditing>()
        .AddScoped<OfficialHouseholdImport>()
        .AddScoped<CaseInquiry>()
        .AddScoped<PrimaWeb.Workflows.Activities.Bcss.IOfficialHouseholdImport>(services => services.GetRequiredService<OfficialHouseholdImport>());

    public static void Map(WebApplication app)
    {
        app.MapCaseEndpoints();
        app.MapCaseInquiryEndpoints();
    }
}

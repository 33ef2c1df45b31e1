using PrimaWeb.Workflows.Web.Features.Audit;
using PrimaWeb.Workflows.Web.Features.Calculations;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddPrimaWebDatabase();
builder.AddPrimaWebAuthentication();
builder.AddPrimaWebDemo();
builder.AddPrimaWebFederalServices();
builder.AddPrimaWebApiDocumentation();
builder.AddPrimaWebHealth();
builder.Services.AddCaseFeatures();
builder.Services.AddPersonFeatures();
builder.AddPrimaWebCalculations();
builder.Services.AddRazorPages();

var app = builder.Build();

await app.MigrateDatabaseAsync();
await app.SeedDemoDataAsync();

app.UsePrimaWebErrorHandling();
app.UseAuthentication();
app.UseAuthorization();

app.MapPrimaWebHealth();
app.MapPrimaWebApiDocumentation();
app.MapCaseEndpoints();
app.MapPersonEndpoints();
app.MapAuditEndpoints();
app.MapCalculationEndpoints();
app.MapRazorPages();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

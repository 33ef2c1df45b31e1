using PrimaWeb.Workflows.Web.Features.Audit;
using PrimaWeb.Workflows.Web.Features.Calculations;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Features.Workflows;
using PrimaWeb.Workflows.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddPrimaWebDatabase();
builder.AddPrimaWebAuthentication();
builder.AddPrimaWebDemo();
builder.AddPrimaWebFederalServices();
builder.AddPrimaWebApiDocumentation();
builder.AddPrimaWebHealth();
builder.AddPrimaWebCaseWork();
builder.AddPrimaWebCalculations();

builder.AddPrimaWebWorkflowEngine(engine => engine.AddPrimaWebRequestWorkflows());
builder.Services.AddRazorPages();
builder.AddPrimaWebUi();

var app = builder.Build();

await app.MigrateDatabaseAsync();
await app.SeedDemoDataAsync();
await app.ImportWorkflowDefinitionsAsync();

app.UsePrimaWebErrorHandling();
app.UseAuthentication();
app.UseAuthorization();
app.UsePrimaWebUi();

app.MapPrimaWebHealth();
app.MapPrimaWebApiDocumentation();
app.MapPrimaWebCaseWork();
app.MapAuditEndpoints();
app.MapCalculationEndpoints();
app.MapWorkflowEndpoints();
app.MapPrimaWebHangfireDashboard();
app.MapRazorPages();
app.MapPrimaWebUi();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

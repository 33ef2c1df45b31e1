using PrimaWeb.Workflows.Web.Features.Audit;
using PrimaWeb.Workflows.Web.Features.Calculations;
using PrimaWeb.Workflows.Web.Features.CaseFiles;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Features.Dashboard;
using PrimaWeb.Workflows.Web.Features.Incidents;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Features.Requests;
using PrimaWeb.Workflows.Web.Features.Tasks;
using PrimaWeb.Workflows.Web.Features.Workflows;
using PrimaWeb.Workflows.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Each feature adds its services here; before the host starts they are prepared, then mapped, in this order.
builder
    .AddFeature<NetworkFeature>()
    .AddFeature<DatabaseFeature>()
    .AddFeature<AuthenticationFeature>()
    .AddFeature<SecurityFeature>()
    .AddFeature<LanguageFeature>()
    .AddFeature<UiFeature>()
    .AddFeature<ApiFeature>()
    .AddFeature<HealthFeature>()
    .AddFeature<TelemetryFeature>()
    .AddFeature<FederalServicesFeature>()
    .AddFeature<CalculationsFeature>()
    .AddFeature<WorkflowEngineFeature>()
    .AddFeature<DemoFeature>()
    .AddFeature<PersonsFeature>()
    .AddFeature<CasesFeature>()
    .AddFeature<RequestsFeature>()
    .AddFeature<TasksFeature>()
    .AddFeature<CaseFilesFeature>()
    .AddFeature<AuditFeature>()
    .AddFeature<WorkflowsFeature>()
    .AddFeature<DashboardFeature>()
    .AddFeature<IncidentsFeature>();

var app = builder.Build();

await app.PrepareFeaturesAsync();
app.UsePrimaWebPipeline();
app.MapFeatures();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

namespace PrimaWeb.Workflows.Web.Demo;

/// <summary>A fictitious user offered on the demo sign-in page; demo only, never a real account.</summary>
public sealed record DemoUser(string Id, string DisplayName, string TenantCode, string Role, string Language);

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>The folder holding <c>&lt;definition-id&gt;/v&lt;n&gt;.json</c> (the repository's <c>definitions/</c>, copied beside the application).</summary>
internal sealed record DefinitionFolder(string Path);

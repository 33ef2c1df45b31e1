namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>The browser tests share one application and one browser, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

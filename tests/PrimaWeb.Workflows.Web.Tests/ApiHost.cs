namespace PrimaWeb.Workflows.Web.Tests;

/// <summary>The API as a client program sees it, shared by a test class: no demo data, the test sign-in (role in the header).</summary>
public sealed class ApiHost : IDisposable
{
    public PrimaWebFactory App { get; } = new() { Demo = false, TestSignIn = true };

    public void Dispose() => App.Dispose();
}

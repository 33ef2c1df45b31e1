using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PrimaWeb.Workflows.Web.Tests.Features.Calculations;

/// <summary>The calculation API behind the real demo sign-in (cookie and role claims as the application issues them).</summary>
public sealed class CalculationDemoSignInTests : IAsyncLifetime
{
    private readonly PrimaWebAppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        PrimaWebAppFactory.DeleteDatabase(factory.DatabaseFile);
    }

    private async Task<HttpResponseMessage> PostR3AsAsync(string userId)
    {
        var client = factory.CreateClient();
        (await client.SignInAsync(userId)).Dispose();
        return await client.PostAsJsonAsync(new Uri("/api/calculations/ris", UriKind.Relative), new
        {
            category = 1,
            periodStart = "2025-02-01",
            periodEnd = "2025-02-28",
            members = new[] { new { personId = "claimant", relation = "claimant" } },
            resources = new[] { new { personId = "claimant", kind = "replacementIncome", amount = 300.00m } },
        });
    }

    [Fact]
    public async Task PostRis_DemoSocialWorker_GetsWorkedExampleR3()
    {
        using var response = await PostR3AsAsync("namur-social-worker");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        result.RootElement.GetProperty("monthlyAmount").GetDecimal().ShouldBe(589.05m);
    }

    [Fact]
    public async Task PostRis_DemoAdministrator_IsForbidden()
    {
        using var response = await PostR3AsAsync("gent-admin");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

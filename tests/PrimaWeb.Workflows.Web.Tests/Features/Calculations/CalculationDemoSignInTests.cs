using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PrimaWeb.Workflows.Web.Tests.Features.Calculations;

/// <summary>The calculation API behind the real demo sign-in (cookie and role claims as the application issues them).</summary>
public sealed class CalculationDemoSignInTests
{
    private static async Task<(HttpStatusCode Status, string Body)> PostR3AsAsync(string userId)
    {
        await using var factory = new PrimaWebFactory();
        using var client = factory.CreateClient();
        (await client.SignInAsync(userId)).Dispose();
        using var response = await client.PostAsJsonAsync(new Uri("/api/calculations/ris", UriKind.Relative), new
        {
            category = 1,
            periodStart = "2025-02-01",
            periodEnd = "2025-02-28",
            members = new[] { new { personId = "claimant", relation = "claimant" } },
            resources = new[] { new { personId = "claimant", kind = "replacementIncome", amount = 300.00m } },
        });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostRis_DemoSocialWorker_GetsWorkedExampleR3()
    {
        var (status, body) = await PostR3AsAsync("namur-social-worker");

        status.ShouldBe(HttpStatusCode.OK);
        using var result = JsonDocument.Parse(body);
        result.RootElement.GetProperty("monthlyAmount").GetDecimal().ShouldBe(589.05m);
    }

    [Fact]
    public async Task PostRis_DemoAdministrator_IsForbidden()
    {
        var (status, _) = await PostR3AsAsync("gent-admin");

        status.ShouldBe(HttpStatusCode.Forbidden);
    }
}

using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Staff;
using Xunit.Abstractions;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// Every endpoint the host maps, held to its row of <see cref="EndpointAccess"/>: each role that must be refused is
/// refused (403, or the access-denied page; 401 or the sign-in page when nobody is signed in), each allowed role is
/// answered, and a Namur user never reaches Gent's records (404, the not-found message, or lists without them).
/// </summary>
public sealed class EndpointAccessTests(HardeningHost host, ITestOutputHelper output) : IClassFixture<HardeningHost>
{
    private const string GentTaskTitle = "Sociaal onderzoek afronden (toegangstest)";
    private const string GentLetter = "Gentse brief voor de toegangstest";

    /// <summary>Who tries: nobody signed in, then a Namur user of each role.</summary>
    private static readonly (string? User, string? Role)[] Identities =
    [
        (null, null),
        ("namur-social-worker", Roles.SocialWorker),
        ("namur-manager", Roles.Manager),
        ("namur-analyst", Roles.FunctionalAnalyst),
        ("namur-admin", Roles.Administrator),
    ];

    [Fact]
    public void EveryMappedEndpoint_HasItsRowOfExpectations()
    {
        var mapped = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(endpoint => $"{Methods(endpoint)} {endpoint.RoutePattern.RawText}")
            .ToHashSet(StringComparer.Ordinal);
        var listed = EndpointAccess.Rules.Select(rule => rule.Key).ToList();

        mapped.Except(listed).ShouldBeEmpty("mapped endpoints without a row in EndpointAccess: add one with the rule the endpoint must follow");
        listed.Except(mapped).ShouldBeEmpty("rows of EndpointAccess for endpoints no longer mapped");
        listed.ShouldBeUnique();
        EndpointAccess.Rules.Where(rule => rule.Tenant == TenantCheck.NoOtherCpasId && rule.Reason is null).Select(rule => rule.Key)
            .ShouldBeEmpty("an endpoint without a tenant test says why it needs none");
        EndpointAccess.Rules.Where(rule => rule.Tenant != TenantCheck.NoOtherCpasId && rule.TenantPath is null).Select(rule => rule.Key)
            .ShouldBeEmpty("a tenant test needs the request that tries another CPAS's data");
    }

    [Fact]
    public async Task EveryEndpoint_RefusesTheRolesItMustAndAnswersTheOthers()
    {
        var samples = await SamplesAsync();
        var clients = new Dictionary<string, RawApi>();
        var failures = new List<string>();
        var tried = 0;
        try
        {
            foreach (var (user, role) in Identities)
            {
                clients[user ?? "anonymous"] = await RawApi.SignInAsync(host.App, user);
            }

            foreach (var rule in EndpointAccess.Rules)
            {
                foreach (var method in rule.TestedMethods)
                {
                    foreach (var (user, role) in Identities)
                    {
                        var answer = await clients[user ?? "anonymous"].SendAsync(
                            new HttpMethod(method), rule.Path(samples), method == "GET" ? null : rule.Body ?? (rule.IsApi ? "{}" : null));
                        tried++;
                        if (Verdict(rule, role, answer) is { } failure)
                        {
                            failures.Add($"{method} {rule.Route} as {user ?? "anonymous"}: {failure} ({answer})");
                        }
                    }
                }
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }

        output.WriteLine($"{EndpointAccess.Rules.Count} endpoints, {Identities.Length} identities, {tried} requests.");
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryEndpoint_KeepsAnotherCpasRecordsOut()
    {
        var samples = await SamplesAsync();
        var failures = new List<string>();
        var tried = 0;
        foreach (var rule in EndpointAccess.Rules.Where(rule => rule.Tenant != TenantCheck.NoOtherCpasId))
        {
            var user = NamurUser(rule.Allowed![0]);
            using var api = await RawApi.SignInAsync(host.App, user);
            var method = rule.TestedMethods[0];
            var before = method == "GET" ? null : await host.SnapshotAsync();

            var answer = await api.SendAsync(new HttpMethod(method), rule.TenantPath!(samples), method == "GET" ? null : rule.TenantBody?.Invoke(samples) ?? rule.Body);
            tried++;

            var leaked = samples.OtherMarkers.Where(marker => answer.Body.Contains(marker, StringComparison.OrdinalIgnoreCase)).ToList();
            var failure = rule.Tenant switch
            {
                _ when leaked.Count > 0 => $"shows Gent's {string.Join(", ", leaked)}",
                TenantCheck.NotFound when answer.Status != HttpStatusCode.NotFound || !answer.IsProblem => "another CPAS's id must answer a 404 problem",
                TenantCheck.NotFound when before is not null && (await host.SnapshotAsync()).ChangedSince(before) is { Count: > 0 } changed =>
                    $"wrote to {string.Join(", ", changed)}",
                TenantCheck.NotShown when answer.Status != HttpStatusCode.OK || !answer.Body.Contains("data-testid=\"not-found\"", StringComparison.Ordinal) =>
                    "another CPAS's id must show the not-found message",
                TenantCheck.OwnOnly when (int)answer.Status >= 500 || answer.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                    "must answer the user, with their CPAS's records only",
                _ => null,
            };
            if (failure is not null)
            {
                failures.Add($"{method} {rule.Route} as {user}: {failure} ({answer})");
            }
        }

        output.WriteLine($"{tried} tenant requests with Gent's ids by Namur users.");
        failures.ShouldBeEmpty();
    }

    /// <summary>Null when the answer is what the rule wants for this role; otherwise what is wrong.</summary>
    private static string? Verdict(EndpointRule rule, string? role, RawAnswer answer)
    {
        var location = answer.Header("Location");
        var toSignIn = answer.Status == HttpStatusCode.Redirect && location.Contains("/account/sign-in", StringComparison.Ordinal);
        var toDenied = answer.Status == HttpStatusCode.Redirect && location.Contains("/account/access-denied", StringComparison.Ordinal);
        var refused = answer.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || toSignIn || toDenied;
        if ((int)answer.Status >= 500)
        {
            return "server error";
        }

        if (rule.Allowed is null || (role is not null && rule.Allowed.Contains(role)))
        {
            return refused ? "refused an identity the endpoint is for" : null;
        }

        if (role is null)
        {
            return (rule.IsApi ? answer.Status == HttpStatusCode.Unauthorized && answer.IsProblem : toSignIn) ? null : "must ask to sign in";
        }

        return (rule.IsApi ? answer.Status == HttpStatusCode.Forbidden && answer.IsProblem : toDenied) ? null : "must refuse this role";
    }

    private static string NamurUser(string role) => Identities.First(identity => identity.Role == role).User!;

    private static string Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? string.Join(",", methods) : "*";

    /// <summary>
    /// Gent's records a Namur user will try: a case, an open task and a letter in it, the case's person, and a read of
    /// the case by Gent's social worker in the audit. The markers are what of Gent must never appear in a Namur answer.
    /// </summary>
    private async Task<TenantSamples> SamplesAsync()
    {
        var otherCase = await host.CaseIdAsync("GE-2026-0001");
        var task = await host.SeedTaskAsync("ocmw-gent", "GE-2026-0001", GentTaskTitle);
        var letter = await host.SeedLetterAsync("ocmw-gent", "GE-2026-0001", $"<p>{GentLetter}</p>");
        using (var gent = await RawApi.SignInAsync(host.App, "gent-social-worker"))
        {
            (await gent.GetAsync($"/api/cases/{otherCase}")).Status.ShouldBe(HttpStatusCode.OK);
        }

        await using var scope = host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var gentCases = await db.Cases.IgnoreQueryFilters().Where(c => c.TenantId == "ocmw-gent").Select(c => c.Id.ToString()).ToListAsync();
        var gentPersons = await db.Persons.IgnoreQueryFilters().Where(p => p.TenantId == "ocmw-gent").Select(p => new { p.Id, p.Niss }).ToListAsync();
        var bart = gentPersons.Single(p => p.Niss.ToString() == "75010128704");
        var gentRequest = await db.Requests.IgnoreQueryFilters().Where(r => r.TenantId == "ocmw-gent").Select(r => r.Id).FirstAsync();
        return new TenantSamples(
            otherCase,
            task,
            letter,
            bart.Niss.ToString(),
            [
                "GE-2026-", "ocmw-gent", "gent-social-worker", "gent-manager", GentTaskTitle, GentLetter, task.ToString(), letter.ToString(),
                .. gentCases, .. gentPersons.Select(p => p.Id.ToString()),
            ],
            gentRequest);
    }
}

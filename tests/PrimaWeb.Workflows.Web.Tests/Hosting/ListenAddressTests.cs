using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// The application run as a program, as the README says: <c>--urls</c> and <c>ASPNETCORE_URLS</c> decide where it
/// listens (the shipped appsettings.json must not override them). Each test starts the built application in its own
/// process on a free port and a throw-away database, and reads where it says it listens.
/// </summary>
public sealed class ListenAddressTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"primaweb-listen-{Guid.NewGuid():N}.db");

    public void Dispose() => PrimaWebFactory.DeleteDatabase(_database);

    [Fact]
    public async Task Run_WithUrlsOnTheCommandLine_ListensThere()
    {
        var url = $"http://127.0.0.1:{FreePort()}";

        var listening = await RunAsync(["--urls", url], new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = null });

        listening.ShouldBe(url);
    }

    [Fact]
    public async Task Run_WithAspNetCoreUrls_ListensThere()
    {
        var url = $"http://127.0.0.1:{FreePort()}";

        var listening = await RunAsync([], new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = url });

        listening.ShouldBe(url);
    }

    /// <summary>Starts the application, waits for "Now listening on", checks /health there, stops it; returns the address.</summary>
    private async Task<string> RunAsync(string[] arguments, Dictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PrimaWeb.Workflows.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__PrimaWeb"] = $"Data Source={_database}";
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start).ShouldNotBeNull();
        var errors = process.StandardError.ReadToEndAsync();

        // A safety net for a start that never says where it listens, not a measure of the start's speed.
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync(giveUp.Token)) is not null)
            {
                if (line.Contains("Now listening on: ", StringComparison.Ordinal))
                {
                    var address = line[(line.IndexOf("Now listening on: ", StringComparison.Ordinal) + "Now listening on: ".Length)..].Trim();
                    using var http = new HttpClient();
                    (await http.GetAsync(new Uri(new Uri(address), "/health"), giveUp.Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
                    return address;
                }
            }

            throw new ShouldAssertException($"The application stopped without listening: {await errors}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

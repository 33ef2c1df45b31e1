using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PrimaWeb.Workflows.LoadRun;

/// <summary>A demo user signed in through the real sign-in page, calling the API with their cookie; each call timed.</summary>
internal sealed partial class Session : IDisposable
{
    private readonly HttpClient _http;
    private readonly Latencies _latencies;

    private Session(HttpClient http, Latencies latencies)
    {
        _http = http;
        _latencies = latencies;
    }

    public static async Task<Session> SignInAsync(Uri baseAddress, string user, Latencies latencies)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var page = await http.GetStringAsync(new Uri("account/sign-in", UriKind.Relative));
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userId"] = user, ["__RequestVerificationToken"] = token });
        using var signedIn = await http.PostAsync(new Uri("account/sign-in", UriKind.Relative), form);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {user} answered {(int)signedIn.StatusCode}.");
        }

        return new Session(http, latencies);
    }

    /// <summary>A GET, timed under <paramref name="kind"/>; the JSON answer, or null when refused.</summary>
    public Task<JsonElement?> GetAsync(string kind, string path) => SendAsync(kind, HttpMethod.Get, path, null);

    public Task<JsonElement?> PostAsync(string kind, string path, JsonNode body) => SendAsync(kind, HttpMethod.Post, path, body);

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement?> SendAsync(string kind, HttpMethod method, string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var watch = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        _latencies.Add(kind, watch.Elapsed, (int)response.StatusCode);
        return response.IsSuccessStatusCode && text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// A client that sends bodies exactly as given (broken JSON, wrong content types, extra headers) as a demo user, or
/// anonymously, and keeps the whole answer: what the hardening tests need that <c>ApiSession</c> smooths away.
/// </summary>
internal sealed class RawApi : IDisposable
{
    private readonly HttpClient _client;

    private RawApi(HttpClient client) => _client = client;

    public static async Task<RawApi> SignInAsync(WebApplicationFactory<Program> app, string? user, Uri? baseAddress = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = baseAddress ?? new Uri("http://localhost") });
        if (user is not null)
        {
            (await client.SignInAsync(user)).StatusCode.ShouldBe(HttpStatusCode.Redirect, $"sign-in of {user}");
        }

        return new RawApi(client);
    }

    public Task<RawAnswer> GetAsync(string path, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Get, path, null, headers: headers);

    public async Task<RawAnswer> SendAsync(
        HttpMethod method, string path, string? body, string contentType = "application/json", IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _client.SendAsync(request);
        var headerLines = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
        return new RawAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), headerLines, cookies);
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>An answer as received: status, media type, text, every header and each cookie set.</summary>
internal sealed record RawAnswer(
    HttpStatusCode Status, string? MediaType, string Body, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<string> SetCookies)
{
    public bool IsProblem => MediaType == "application/problem+json";

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The fields a validation problem names (its <c>errors</c> keys), none for another answer.</summary>
    public IReadOnlyList<string> ErrorFields =>
        IsProblem && Json.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(e => e.Name)] : [];

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : string.Empty;

    public override string ToString() => $"{(int)Status} {MediaType}: {(Body.Length > 600 ? Body[..600] + "…" : Body)}";
}

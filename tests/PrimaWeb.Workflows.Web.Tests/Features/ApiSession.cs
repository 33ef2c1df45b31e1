using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PrimaWeb.Workflows.Web.Tests.Features;

/// <summary>A demo user signed in on a host, sending JSON and reading the status and the JSON answer.</summary>
internal sealed class ApiSession : IDisposable
{
    private readonly HttpClient _client;

    private ApiSession(HttpClient client) => _client = client;

    /// <summary>Signs in; with <paramref name="culture"/> (e.g. <c>en-BE</c>) the session then speaks that language instead of the user's.</summary>
    public static async Task<ApiSession> SignInAsync(WebApplicationFactory<Program> app, string userId, string? culture = null)
    {
        var client = app.CreateClient();
        (await client.SignInAsync(userId)).EnsureSuccessStatusCode();
        if (culture is not null)
        {
            (await client.GetAsync(new Uri($"/account/language?culture={culture}&returnUrl=/account/sign-in", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        return new ApiSession(client);
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, JsonNode? body) => SendAsync(HttpMethod.Post, path, body);

    public Task<(HttpStatusCode Status, JsonElement Body)> PutAsync(string path, JsonNode? body) => SendAsync(HttpMethod.Put, path, body);

    /// <summary>The raw answer (e.g. a letter's text).</summary>
    public async Task<(HttpStatusCode Status, string Text)> GetTextAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The raw bytes (e.g. a CSV file with its byte order mark).</summary>
    public async Task<(HttpStatusCode Status, byte[] Bytes)> GetBytesAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    public void Dispose() => _client.Dispose();

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 && text[0] is '{' or '[' ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }
}

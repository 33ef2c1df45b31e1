using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PrimaWeb.Workflows.Web.Tests.Features.Workflows;

/// <summary>A demo user on the designer's API: raw texts, revisions in ETag and If-Match, answers as JSON.</summary>
internal sealed class DesignApi : IDisposable
{
    private readonly HttpClient _client;

    private DesignApi(HttpClient client) => _client = client;

    public static async Task<DesignApi> SignInAsync(WebApplicationFactory<Program> app, string userId)
    {
        var client = app.CreateClient();
        (await client.SignInAsync(userId)).EnsureSuccessStatusCode();
        return new DesignApi(client);
    }

    public async Task<DesignAnswer> SendAsync(HttpMethod method, string path, string? json = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ifMatch}\""));
        }

        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new DesignAnswer(response.StatusCode, text, response.Headers.ETag?.Tag.Trim('"'));
    }

    public Task<DesignAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<DesignAnswer> PostAsync(string path, JsonNode? body = null) => SendAsync(HttpMethod.Post, path, (body ?? new JsonObject()).ToJsonString());

    public void Dispose() => _client.Dispose();
}

/// <summary>An answer: its status, its text as sent, its ETag.</summary>
internal sealed record DesignAnswer(HttpStatusCode Status, string Text, string? ETag)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement.Clone();

    public override string ToString() => $"{(int)Status} {Text}";
}

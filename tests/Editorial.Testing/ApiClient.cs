using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Editorial.Testing;

/// <summary>A script's HTTP client: a bearer token from <c>/api/auth/token</c>, as the README tells scripts to do.</summary>
public static class ApiClient
{
    /// <summary>A client for <paramref name="app"/> that acts as <paramref name="email"/>.</summary>
    public static async Task<HttpClient> ForAsync(EditorialAppFactory app, string email, string password = DemoUsers.Password)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync(client, email, password));
        return client;
    }

    /// <summary>The access token <c>/api/auth/token</c> gives <paramref name="email"/>.</summary>
    public static async Task<string> AccessTokenAsync(HttpClient client, string email, string password = DemoUsers.Password) =>
        (await TokensAsync(client, email, password)).GetProperty("accessToken").GetString()!;

    /// <summary>The whole answer of <c>/api/auth/token</c> (access and refresh token).</summary>
    public static async Task<JsonElement> TokensAsync(HttpClient client, string email, string password = DemoUsers.Password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { email, password }) };
        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

using System.Text.Json;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests.Pages;

/// <summary>The app's API, called as a script would, beside the browser.</summary>
public static class Api
{
    /// <summary>The headers that authenticate as <paramref name="email"/> (a bearer token from <c>/api/auth/token</c>).</summary>
    public static async Task<Dictionary<string, string>> AuthAsync(IAPIRequestContext api, string email = DemoUsers.Editor)
    {
        var token = (await JsonAsync(await api.PostAsync("/api/auth/token",
            new() { DataObject = new { email, password = DemoUsers.Password } }))).GetProperty("accessToken").GetString();
        return new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" };
    }

    /// <summary>The answer's JSON, after asserting it succeeded.</summary>
    public static async Task<JsonElement> JsonAsync(IAPIResponse response)
    {
        Assert.True(response.Ok, $"{response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Editorial.Testing;

/// <summary>
/// An HTTP client that keeps cookies and does not follow redirects, with a sign-in that fills the
/// real login form (antiforgery token included), as a browser would.
/// </summary>
public static partial class BrowserlessClient
{
    /// <summary>A cookie-keeping client for <paramref name="app"/>.</summary>
    public static HttpClient Create(EditorialAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the login form; returns the response (302 on success, 200 with an error otherwise).</summary>
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/account/login", "/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>
    /// Opens <paramref name="page"/>, takes the hidden fields (antiforgery token, form name) of the
    /// form that posts to <paramref name="action"/> — or else of the page's own form — adds
    /// <paramref name="fields"/> and posts them to <paramref name="action"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string page, string action,
        Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        var forms = Forms().Matches(html).Select(m => m.Value).ToList();
        var form = forms.FirstOrDefault(f => f.Contains($"action=\"{action}\"", StringComparison.Ordinal))
            ?? forms.FirstOrDefault(f => f.Contains("name=\"_handler\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{page} has no form for {action}.");
        var all = HiddenInputs().Matches(form)
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        foreach (var (name, value) in fields)
        {
            all[name] = value;
        }

        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("<form.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInputs();
}

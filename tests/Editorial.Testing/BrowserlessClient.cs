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
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        var fields = HiddenInputs().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInputs();
}

using System.Security.Cryptography;

namespace Editorial.Web.Security;

/// <summary>The per-response nonce that lets the app's own inline script elements run under the Content-Security-Policy.</summary>
public static class CspNonce
{
    private const string Key = "editorial.csp-nonce";

    /// <summary>The nonce of this response (made on first use).</summary>
    public static string Of(HttpContext context)
    {
        if (context.Items[Key] is not string nonce)
        {
            // Hex: nothing in it that HTML encoding would rewrite in the attribute.
            nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Items[Key] = nonce;
        }

        return nonce;
    }
}

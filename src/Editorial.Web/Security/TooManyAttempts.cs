using System.Globalization;
using Editorial.Web.Api;

namespace Editorial.Web.Security;

/// <summary>The 429 answer of both sign-in limits: problem+json for the API, a short page otherwise, with Retry-After.</summary>
public static class TooManyAttempts
{
    /// <summary>Seconds to announce in Retry-After (at least one).</summary>
    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    /// <summary>The sentence shown to a person.</summary>
    public static string Message(string what, TimeSpan retryAfter) =>
        $"{what} Try again in {Seconds(retryAfter).ToString(CultureInfo.InvariantCulture)} seconds.";

    /// <summary>
    /// Marks the response 429 with Retry-After (a page or endpoint then says why in its own way).
    /// </summary>
    /// <returns>The sentence to show.</returns>
    public static string Mark(HttpContext context, TimeSpan retryAfter, string what)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
        return Message(what, retryAfter);
    }

    /// <summary>Writes the whole 429 response (for the rate limiter, which has no page of its own).</summary>
    public static async Task WriteAsync(HttpContext context, TimeSpan retryAfter, string what, CancellationToken cancellationToken)
    {
        Mark(context, retryAfter, what);
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await context.WriteProblemAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Title = "Too many attempts.",
                Status = StatusCodes.Status429TooManyRequests,
                Detail = Message(what, retryAfter),
            }, cancellationToken: cancellationToken);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(Message(what, retryAfter), cancellationToken);
    }
}

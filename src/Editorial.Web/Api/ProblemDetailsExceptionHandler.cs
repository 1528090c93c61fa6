using Editorial.Web.Features;
using Microsoft.AspNetCore.Diagnostics;

namespace Editorial.Web.Api;

/// <summary>
/// Turns the exceptions services throw on purpose into RFC 7807 problem+json for API callers.
/// Anything else, and any exception on a page request, falls through to the error page.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api") || UserFacingError.From(exception) is not { } error)
        {
            return false;
        }

        httpContext.Response.StatusCode = error.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = error.StatusCode, Title = error.Title, Detail = error.Message },
        });
    }
}

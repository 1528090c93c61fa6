using Editorial.Web.Features;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Editorial.Web.Api;

/// <summary>
/// Turns the exceptions services throw on purpose into RFC 7807 problem+json for API callers.
/// Anything else, and any exception on a page request, falls through to the error page.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; ask for where it was going.
        var originalPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!originalPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || UserFacingError.From(exception) is not { } error)
        {
            return false;
        }

        Editorial.Infrastructure.Telemetry.EditorialTelemetry.RefusedActions.Add(1, new KeyValuePair<string, object?>("status", error.StatusCode));
        var problem = new ProblemDetails
        {
            Status = error.StatusCode,
            Title = error.Title,
            Detail = error.Message,
            Instance = originalPath,
        };
        if (exception is Features.Articles.MergeConflictException merge)
        {
            problem.Extensions["currentRevisionNumber"] = merge.CurrentRevisionNumber;
            problem.Extensions["conflicts"] = merge.Body.Conflicts;
            problem.Extensions["titleConflict"] = merge.Title;
        }

        // An embargoed handoff says when it is released (HTTP-date), and the problem holds it too.
        if (exception is Features.Publication.HandoffNotReadyException { HeldUntil: { } until })
        {
            problem.Extensions["heldUntil"] = until;
            httpContext.Response.Headers.RetryAfter = new DateTimeOffset(until, TimeSpan.Zero).ToString("R");
        }

        // Through the problem details service: its customization adds the traceId (see ApiConventions).
        if (error.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            UserFacingError.AskToRetryLater(httpContext.Response);
        }

        await httpContext.WriteProblemAsync(problem, exception, cancellationToken);
        return true;
    }
}

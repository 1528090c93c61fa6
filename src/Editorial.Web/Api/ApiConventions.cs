using Microsoft.AspNetCore.Mvc;

namespace Editorial.Web.Api;

/// <summary>
/// What every API group declares to OpenAPI, and the one way an API problem is written, so that every
/// problem (refused rule, malformed body, rate limit) carries the same fields, <c>traceId</c> included.
/// </summary>
public static class ApiConventions
{
    /// <summary>
    /// Declares the problems the article services answer with: 400 malformed input, 401 not signed in,
    /// 403 wrong role, 404 unknown, 409 conflict or changed text, 422 rule refused.
    /// </summary>
    public static RouteGroupBuilder WithEditorialProblems(this RouteGroupBuilder group) =>
        group.ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

    /// <summary>Declares problem+json answers with each of <paramref name="statusCodes"/> on every endpoint of the group.</summary>
    public static RouteGroupBuilder ProducesProblems(this RouteGroupBuilder group, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            group.ProducesProblem(status);
        }

        return group;
    }

    /// <summary>
    /// Adds <c>traceId</c> to a problem (the <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/> of
    /// the app): it lets an operator find the request's trace from what a script reports.
    /// </summary>
    public static void AddTraceId(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ProblemDetails.Extensions["traceId"] =
            System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
    }

    /// <summary>
    /// Answers with <paramref name="problem"/> (its status) through <see cref="IProblemDetailsService"/>, so the
    /// app's customization applies.
    /// </summary>
    public static async Task WriteProblemAsync(this HttpContext httpContext, ProblemDetails problem, Exception? exception = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(problem);
        httpContext.Response.StatusCode = problem.Status ?? httpContext.Response.StatusCode;
        var context = new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception };
        if (await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(context))
        {
            return;
        }

        // The default writer declines a client whose Accept leaves out JSON; the API has always answered
        // such a client with problem+json all the same, so it still does, with the same traceId.
        AddTraceId(context);
        await httpContext.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", cancellationToken);
    }
}

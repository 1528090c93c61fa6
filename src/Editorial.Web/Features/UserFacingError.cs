using Editorial.Domain;
using Editorial.Domain.Workflow;
using Editorial.Web.Security;
using Editorial.Infrastructure.Persistence;

namespace Editorial.Web.Features;

/// <summary>
/// The one mapping from the exceptions services throw on purpose to what users see: a message and
/// an HTTP status. The snackbar helper and the API's problem+json handler both use it.
/// </summary>
/// <param name="Title">Short title for problem+json.</param>
/// <param name="Message">The sentence to show.</param>
/// <param name="StatusCode">HTTP status for the API.</param>
public sealed record UserFacingError(string Title, string Message, int StatusCode)
{
    /// <summary>Describes <paramref name="exception"/> if it is one services throw on purpose.</summary>
    public static UserFacingError? From(Exception exception) => exception switch
    {
        EditorialDomainException e => new("The request breaks a newsroom rule.", e.Message, StatusCodes.Status422UnprocessableEntity),
        AccessDeniedException e => new("Forbidden.", e.Message, StatusCodes.Status403Forbidden),
        NotFoundException e => new("Not found.", e.Message, StatusCodes.Status404NotFound),
        ConcurrencyConflictException e => new("Conflict.", e.Message, StatusCodes.Status409Conflict),
        Articles.MergeConflictException e => new("Merge conflict.", e.Message, StatusCodes.Status409Conflict),
        StaleTextException e => new("The text changed.", e.Message, StatusCodes.Status409Conflict),
        Publication.HandoffNotReadyException e => new("Not handed off.", e.Message, StatusCodes.Status409Conflict),
        WorkflowPermissionException e => new("Forbidden.", e.Message, StatusCodes.Status403Forbidden),
        BadHttpRequestException e => new("Bad request.", e.Message, e.StatusCode),
        _ when DatabaseErrors.IsUnavailable(exception) => DatabaseUnavailable,
        _ => null,
    };

    /// <summary>How long a client should wait before trying again after <see cref="DatabaseUnavailable"/>.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Tells the client of <paramref name="response"/> when to try again after <see cref="DatabaseUnavailable"/>.</summary>
    public static void AskToRetryLater(HttpResponse response) =>
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The answer while the database cannot be reached: nothing to fix but time.</summary>
    public static UserFacingError DatabaseUnavailable { get; } = new("The newsroom database is not reachable.",
        "The newsroom database is not reachable right now. Try again in a few seconds.", StatusCodes.Status503ServiceUnavailable);
}

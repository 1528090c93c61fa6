using Editorial.Web.Features;
using MudBlazor;

namespace Editorial.Web.Components.Shared;

/// <summary>Runs a user action and shows the reason when a service refuses it.</summary>
public static class SnackbarExtensions
{
    /// <summary>
    /// Runs <paramref name="action"/>; a refusal (rule, role, missing, conflict) becomes a snackbar
    /// with the service's message. Anything else is a bug and propagates to the error UI.
    /// </summary>
    /// <returns>True when the action completed.</returns>
    public static async Task<bool> TryAsync(this ISnackbar snackbar, Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (Exception e) when (UserFacingError.From(e) is { } error)
        {
            Editorial.Infrastructure.Telemetry.EditorialTelemetry.RefusedActions.Add(1, new KeyValuePair<string, object?>("status", error.StatusCode));
            snackbar.Add(error.Message, error.StatusCode is StatusCodes.Status409Conflict or StatusCodes.Status503ServiceUnavailable
                ? Severity.Warning : Severity.Error);
            return false;
        }
    }
}

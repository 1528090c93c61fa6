using Editorial.Domain.Audit;

namespace Editorial.Web.Features.Admin;

/// <summary>What the security log page and its export show.</summary>
/// <param name="Kind">Only this kind.</param>
/// <param name="UserEmail">Only entries where the user with this email acted or was acted on.</param>
/// <param name="From">From this day on (UTC, inclusive).</param>
/// <param name="To">Up to this day (UTC, inclusive).</param>
public sealed record SecurityLogFilter(SecurityEventKind? Kind = null, string? UserEmail = null, DateOnly? From = null, DateOnly? To = null);

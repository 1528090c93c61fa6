using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using Editorial.Domain;
using Editorial.Domain.Audit;
using Editorial.Infrastructure.Audit;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Admin;

/// <summary>
/// The security log for administrators: read it a page at a time, export it, verify it. Admins
/// only, checked here for every call.
/// </summary>
public sealed class SecurityLogService(
    SecurityLog log,
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization)
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 50;

    /// <summary>A page of entries, newest first.</summary>
    /// <param name="admin">Who asks.</param>
    /// <param name="filter">What to show.</param>
    /// <param name="before">The cursor the previous page returned; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="AccessDeniedException">The user is not an administrator.</exception>
    /// <exception cref="EditorialDomainException">The filter names an email no user has, or its dates are reversed.</exception>
    public async Task<SecurityLogPageView> ListAsync(ClaimsPrincipal admin, SecurityLogFilter filter, long? before,
        CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        var query = await QueryOfAsync(filter, cancellationToken) with { Before = before, Limit = PageSize };
        var page = await log.QueryAsync(query, cancellationToken);
        return new SecurityLogPageView(await ViewsAsync(page.Entries, cancellationToken), page.NextBefore);
    }

    /// <summary>
    /// Every entry the filter selects, oldest first, read lazily a batch at a time. The caller is
    /// authorized before this returns, so that an export refuses before it starts writing.
    /// </summary>
    /// <exception cref="AccessDeniedException">The user is not an administrator.</exception>
    /// <exception cref="EditorialDomainException">The filter names an email no user has, or its dates are reversed.</exception>
    public async Task<IAsyncEnumerable<SecurityLogEntryView>> ExportAsync(ClaimsPrincipal admin, SecurityLogFilter filter,
        CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        return ReadAsync(await QueryOfAsync(filter, cancellationToken), cancellationToken);
    }

    /// <summary>Checks the whole log with the audit keys this server holds.</summary>
    /// <param name="admin">Who asks.</param>
    /// <param name="checkpoint">A head recorded earlier that must still be there, unchanged.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="AccessDeniedException">The user is not an administrator.</exception>
    public async Task<ChainVerification> VerifyAsync(ClaimsPrincipal admin, ChainCheckpoint? checkpoint = null,
        CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        return await log.VerifyAsync(checkpoint, cancellationToken);
    }

    private async IAsyncEnumerable<SecurityLogEntryView> ReadAsync(SecurityLogQuery query,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in log.ReadAllAsync(query, cancellationToken))
        {
            foreach (var view in await ViewsAsync(batch, cancellationToken))
            {
                yield return view;
            }
        }
    }

    private async Task<SecurityLogQuery> QueryOfAsync(SecurityLogFilter filter, CancellationToken cancellationToken)
    {
        if (filter.From is { } from && filter.To is { } to && to < from)
        {
            throw new EditorialDomainException("The 'to' date is before the 'from' date.");
        }

        string? userId = null;
        if (!string.IsNullOrWhiteSpace(filter.UserEmail))
        {
            var email = filter.UserEmail.Trim().ToUpperInvariant();
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            userId = await db.Users.Where(u => u.NormalizedEmail == email).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new EditorialDomainException($"No user has the email {filter.UserEmail.Trim()}.");
        }

        return new SecurityLogQuery(
            filter.Kind,
            userId,
            filter.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            filter.To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }

    private async Task<IReadOnlyList<SecurityLogEntryView>> ViewsAsync(IReadOnlyList<SecurityEvent> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.ActorId).Concat(entries.Select(e => e.SubjectUserId)).OfType<string>().Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var emails = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Email ?? u.DisplayName, cancellationToken);
        string Name(string id) => emails.GetValueOrDefault(id, "Former user");
        return entries.Select(e => new SecurityLogEntryView(
                e.Sequence, e.At, e.Kind,
                e.ActorId, e.ActorId is null ? "System" : Name(e.ActorId),
                e.SubjectUserId, e.SubjectUserId is null ? null : Name(e.SubjectUserId),
                e.ClientAddress, DetailsOf(e.Details), e.Details, e.KeyId, e.PreviousHash, e.Hash))
            .ToList();
    }

    private static IReadOnlyDictionary<string, string?> DetailsOf(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        }
        catch (JsonException)
        {
            // Not what this app writes: show the text as it is rather than fail the page.
            return new Dictionary<string, string?> { ["raw"] = json };
        }
    }

    private Task RequireAdminAsync(ClaimsPrincipal admin) =>
        authorization.RequireAsync(admin, Policies.ManageUsers, "read the security log");
}

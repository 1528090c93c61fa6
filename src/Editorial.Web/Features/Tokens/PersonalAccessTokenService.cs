using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Audit;
using Editorial.Domain.Text;
using Editorial.Infrastructure.Audit;
using Editorial.Infrastructure.Identity;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Tokens;

/// <summary>
/// A user's own API tokens: list, create (the secret is shown once), revoke. Creating and revoking
/// are recorded in the security log, in the same transaction as the change.
/// </summary>
public sealed class PersonalAccessTokenService(IDbContextFactory<EditorialDbContext> dbFactory, SecurityLog securityLog, TimeProvider clock)
{
    /// <summary>Most active tokens one user may hold.</summary>
    public const int MaxActiveTokens = 20;

    /// <summary>Longest lifetime a token may be given, in days.</summary>
    public const int MaxLifetimeDays = 366;

    /// <summary>The user's tokens, newest first.</summary>
    public async Task<IReadOnlyList<TokenView>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.RequireUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tokens = await db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
        return tokens.Select(t => new TokenView(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt, t.IsActive(now))).ToList();
    }

    /// <summary>Creates a token; the returned secret is the only time it can be read.</summary>
    /// <exception cref="EditorialDomainException">The name or lifetime is invalid, or the user holds too many tokens.</exception>
    public async Task<string> CreateAsync(ClaimsPrincipal user, string? name, int? lifetimeDays, CancellationToken cancellationToken = default)
    {
        var userId = user.RequireUserId();
        var cleanName = TextNormalizer.NormalizeTitle(name);
        if (cleanName.Length is 0 or > PersonalAccessToken.MaxNameLength)
        {
            throw new EditorialDomainException($"Give the token a name of 1 to {PersonalAccessToken.MaxNameLength} characters.");
        }

        if (lifetimeDays is < 1 or > MaxLifetimeDays)
        {
            throw new EditorialDomainException($"A token lives 1 to {MaxLifetimeDays} days, or until revoked.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var active = await db.PersonalAccessTokens.CountAsync(
            t => t.UserId == userId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), cancellationToken);
        if (active >= MaxActiveTokens)
        {
            throw new EditorialDomainException($"You already have {MaxActiveTokens} active tokens; revoke one first.");
        }

        var (token, secret) = PersonalAccessToken.Create(userId, cleanName, now, lifetimeDays is { } days ? now.AddDays(days) : null);
        db.PersonalAccessTokens.Add(token);
        // Saves the token with its log entry.
        await securityLog.AppendAsync(db, SecurityEventKind.TokenCreated, userId, userId, null, Details(token), cancellationToken);
        return secret;
    }

    /// <summary>Revokes one of the user's tokens; it stops working at once.</summary>
    /// <exception cref="NotFoundException">It is not theirs, or does not exist.</exception>
    public async Task RevokeAsync(ClaimsPrincipal user, Guid tokenId, CancellationToken cancellationToken = default)
    {
        var userId = user.RequireUserId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("This token does not exist.");
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await securityLog.AppendAsync(db, SecurityEventKind.TokenRevoked, userId, userId, null, Details(token), cancellationToken);
    }

    // What identifies the token in the log; never its secret or hash.
    private static Dictionary<string, string?> Details(PersonalAccessToken token) => new()
    {
        ["tokenId"] = token.Id.ToString(),
        ["name"] = token.Name,
        ["hint"] = token.Hint,
        ["expiresAt"] = token.ExpiresAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };
}

using System.Text.Encodings.Web;
using Editorial.Infrastructure.Identity;
using Editorial.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Security;

/// <summary>
/// Authenticates "Authorization: Bearer edt_…" as the token's owner, with the roles they hold now.
/// A revoked or expired token, or a locked owner, is refused.
/// </summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<EditorialDbContext> dbFactory,
    AccountRevalidation accounts,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var hash = PersonalAccessToken.HashOf(secret);
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        if (token is null || !token.IsActive(now))
        {
            return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        }

        var principal = await accounts.CurrentPrincipalAsync(token.UserId);
        if (principal is null)
        {
            return AuthenticateResult.Fail("The token's owner cannot sign in.");
        }

        // "Last used" to the minute is enough, and spares a database write on every call of a busy script.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            token.Used(now);
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}

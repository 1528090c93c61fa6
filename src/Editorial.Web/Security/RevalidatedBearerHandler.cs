using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Security;

/// <summary>
/// Identity's bearer tokens, re-checked against the account on every request
/// (<see cref="AccountRevalidation"/>): a token issued before a lock, a password change or a role
/// removal stops working, or loses the role, at once rather than at the end of its hour.
/// </summary>
public sealed class RevalidatedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccountRevalidation accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (!token.Succeeded)
        {
            return token.None ? AuthenticateResult.NoResult() : AuthenticateResult.Fail(token.Failure ?? new InvalidOperationException("Invalid token."));
        }

        var principal = await accounts.CurrentPrincipalAsync(token.Principal);
        return principal is null
            ? AuthenticateResult.Fail("The token's account is locked, gone, or changed its password since the token was issued.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, token.Properties, Scheme.Name));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Context.ChallengeAsync(IdentityConstants.BearerScheme, properties);

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Context.ForbidAsync(IdentityConstants.BearerScheme, properties);
}

using Editorial.Web.Security;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Api;

/// <summary>How scripts get a bearer token with an email and password, and renew it.</summary>
public static class TokenEndpoints
{
    /// <summary>Email and password.</summary>
    public sealed record TokenRequest(string Email, string Password);

    /// <summary>A refresh token from an earlier answer.</summary>
    public sealed record RefreshRequest(string RefreshToken);

    /// <summary>
    /// Maps <c>POST /api/auth/token</c> and <c>POST /api/auth/refresh</c>: both return
    /// <c>{tokenType, accessToken, expiresIn, refreshToken}</c>; send <c>Authorization: Bearer ACCESS_TOKEN</c>
    /// with each call. Failed attempts count towards lockout, as on the sign-in page; an unknown email, a
    /// wrong password and a locked account get the same answer. Both are rate limited (429 with Retry-After).
    /// </summary>
    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").AllowAnonymous().RequireRateLimiting(SignInRateLimiting.Policy).WithTags("Authentication")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests);
        auth.MapPost("/token", IssueTokenAsync).WithName("IssueToken").WithSummary("Signs in with an email and password for a bearer token.")
            .Produces<AccessTokenResponse>(StatusCodes.Status200OK);
        auth.MapPost("/refresh", RefreshTokenAsync).WithName("RefreshToken").WithSummary("Renews a bearer token with a refresh token.")
            .Produces<AccessTokenResponse>(StatusCodes.Status200OK);
        return endpoints;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueTokenAsync(TokenRequest request, PasswordCheck passwords,
        SignInManager<Infrastructure.Identity.ApplicationUser> signIn, HttpContext http)
    {
        var result = await passwords.CheckAsync(request.Email, request.Password, SignInRateLimiting.ClientAddress(http));
        if (result.RetryAfter is { } wait)
        {
            return TypedResults.Problem(TooManyAttempts.Mark(http, wait, "Too many sign-in attempts on this account."),
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts.");
        }

        return result.Succeeded
            ? TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(result.User!), authenticationScheme: IdentityConstants.BearerScheme)
            : Refused(PasswordCheck.Refusal);
    }

    // Renews only while the account stands: not locked, same password (security stamp), current roles.
    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshTokenAsync(RefreshRequest request,
        IOptionsMonitor<BearerTokenOptions> bearer, AccountRevalidation accounts, TimeProvider clock)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken)
            ? null
            : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await accounts.CurrentPrincipalAsync(ticket.Principal) is not { } principal)
        {
            return Refused("The refresh token is unknown or expired, or its account changed since; sign in again.");
        }

        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in.");
}

using Editorial.Infrastructure.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Editorial.Web.Api;

/// <summary>How scripts get a bearer token with an email and password.</summary>
public static class TokenEndpoints
{
    /// <summary>Email and password.</summary>
    public sealed record TokenRequest(string Email, string Password);

    /// <summary>
    /// Maps <c>POST /api/auth/token</c>: returns <c>{tokenType, accessToken, expiresIn, refreshToken}</c>;
    /// send <c>Authorization: Bearer ACCESS_TOKEN</c> with each call. Failed attempts count towards
    /// lockout, as on the sign-in page; an unknown email and a wrong password get the same answer.
    /// </summary>
    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/auth/token", async Task<Results<SignInHttpResult, ProblemHttpResult>> (
                TokenRequest request, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) =>
            {
                var user = string.IsNullOrWhiteSpace(request.Email) ? null : await users.FindByEmailAsync(request.Email.Trim());
                if (user is null)
                {
                    return Refused("Wrong email or password.");
                }

                var result = await signIn.CheckPasswordSignInAsync(user, request.Password ?? string.Empty, lockoutOnFailure: true);
                if (result.IsLockedOut)
                {
                    return Refused("This account is locked. Try again later or ask an administrator.");
                }

                if (!result.Succeeded)
                {
                    return Refused("Wrong email or password.");
                }

                var principal = await signIn.CreateUserPrincipalAsync(user);
                return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .AllowAnonymous()
            .WithTags("Authentication");
        return endpoints;
    }

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in.");
}

using Editorial.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Editorial.Web.Components.Account;

/// <summary>Account actions that are plain form posts rather than pages.</summary>
public static class AccountEndpoints
{
    /// <summary>Maps <c>POST /account/logout</c> (antiforgery-checked, as any form post).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (
            SignInManager<ApplicationUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous();
        return endpoints;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Editorial.Web.Security;

/// <summary>The guard every feature service starts with.</summary>
public static class AuthorizationServiceExtensions
{
    /// <summary>Throws <see cref="AccessDeniedException"/> unless <paramref name="user"/> satisfies <paramref name="policy"/>.</summary>
    public static async Task RequireAsync(this IAuthorizationService authorization, ClaimsPrincipal user,
        string policy, string whatIsRefused)
    {
        var result = await authorization.AuthorizeAsync(user, policy);
        if (!result.Succeeded)
        {
            throw new AccessDeniedException($"You do not have the role needed to {whatIsRefused}.");
        }
    }

    /// <summary>The signed-in user as the workflow sees them: their id and newsroom roles.</summary>
    /// <exception cref="AccessDeniedException">Nobody is signed in.</exception>
    public static Editorial.Domain.Workflow.WorkflowActor ToActor(this ClaimsPrincipal user) =>
        new(user.RequireUserId(), Editorial.Domain.Users.Roles.All.Where(user.IsInRole).ToHashSet());

    /// <summary>The signed-in user's id.</summary>
    /// <exception cref="AccessDeniedException">Nobody is signed in.</exception>
    public static string RequireUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new AccessDeniedException("Sign in first.");
}

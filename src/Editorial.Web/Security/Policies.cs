using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace Editorial.Web.Security;

/// <summary>
/// The authorization policies. Pages, endpoints and — above all — the feature services check these
/// names, so what a role may do is decided here once.
/// </summary>
public static class Policies
{
    /// <summary>Read articles: any newsroom role. A signed-in user without a role reads nothing.</summary>
    public const string ReadArticles = nameof(ReadArticles);

    /// <summary>Create and edit article text: the roles the domain's eligibility gives <see cref="ArticleAction.Edit"/>.</summary>
    public const string WriteArticles = nameof(WriteArticles);

    /// <summary>Manage users and roles: Admins.</summary>
    public const string ManageUsers = nameof(ManageUsers);

    /// <summary>Registers the policies; anything not marked anonymous requires a signed-in user.</summary>
    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(ReadArticles, p => p.RequireRole(Roles.All));
        options.AddPolicy(WriteArticles, p => p.RequireRole(Eligibility.RolesFor(ArticleAction.Edit)));
        options.AddPolicy(ManageUsers, p => p.RequireRole(Roles.Admin));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}

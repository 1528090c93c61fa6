using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Users;
using Editorial.Infrastructure.Identity;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Admin;

/// <summary>
/// User administration: create accounts, set roles, lock and unlock. Admins only, checked here.
/// Each call works in its own scope, so a long-lived circuit never reuses a stale Identity store.
/// </summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, IAuthorizationService authorization, TimeProvider clock)
{
    /// <summary>All users with their roles, by display name (one query).</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync(ClaimsPrincipal admin, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.LockoutEnd,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new UserSummary(r.Id, r.Email ?? string.Empty, r.DisplayName,
                Roles.All.Where(r.Roles.Contains).ToList(), r.LockoutEnd))
            .ToList();
    }

    /// <summary>Creates a confirmed account with the chosen roles.</summary>
    public async Task CreateAsync(ClaimsPrincipal admin, NewUser input)
    {
        await RequireAdminAsync(admin);
        await using var scope = scopes.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccountCreator>();
        if (string.IsNullOrWhiteSpace(input.Email))
        {
            throw new EditorialDomainException("The email is required.");
        }

        // The admin chose this password; the new colleague chooses their own at first sign-in.
        await accounts.CreateAsync(input.Email, input.DisplayName, input.Password, input.Roles, mustChangePassword: true);
    }

    /// <summary>Replaces a user's roles. An administrator cannot remove their own Admin role, so
    /// the newsroom is never left without one by accident.</summary>
    public async Task SetRolesAsync(ClaimsPrincipal admin, string userId, IReadOnlyCollection<string> roles)
    {
        await RequireAdminAsync(admin);
        var unknown = roles.Where(r => !Roles.IsKnown(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new EditorialDomainException($"Unknown role: {string.Join(", ", unknown)}.");
        }

        if (userId == admin.RequireUserId() && !roles.Contains(Roles.Admin))
        {
            throw new EditorialDomainException("You cannot remove your own Admin role. Ask another administrator.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await FindAsync(users, userId);
        var current = await users.GetRolesAsync(user);
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        UserAccountCreator.Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        UserAccountCreator.Check(await users.AddToRolesAsync(user, roles.Except(current)));
        // Open sessions pick up the new roles at their next validation.
        UserAccountCreator.Check(await users.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync();
    }

    /// <summary>Locks an account until unlocked; its open sessions end within a minute.</summary>
    public async Task LockAsync(ClaimsPrincipal admin, string userId)
    {
        await RequireAdminAsync(admin);
        if (userId == admin.RequireUserId())
        {
            throw new EditorialDomainException("You cannot lock your own account.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await FindAsync(users, userId);
        UserAccountCreator.Check(await users.SetLockoutEnabledAsync(user, true));
        UserAccountCreator.Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        UserAccountCreator.Check(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Unlocks an account, whether an administrator or failed sign-ins locked it.</summary>
    public async Task UnlockAsync(ClaimsPrincipal admin, string userId)
    {
        await RequireAdminAsync(admin);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await FindAsync(users, userId);
        UserAccountCreator.Check(await users.SetLockoutEndDateAsync(user, null));
        UserAccountCreator.Check(await users.ResetAccessFailedCountAsync(user));
    }

    /// <summary>The current time, for showing lock state.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    private Task RequireAdminAsync(ClaimsPrincipal admin) =>
        authorization.RequireAsync(admin, Policies.ManageUsers, "manage users");

    private static async Task<ApplicationUser> FindAsync(UserManager<ApplicationUser> users, string userId) =>
        await users.FindByIdAsync(userId) ?? throw new NotFoundException("This user does not exist.");
}

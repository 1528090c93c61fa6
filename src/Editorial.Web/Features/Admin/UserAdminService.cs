using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Audit;
using Editorial.Domain.Users;
using Editorial.Infrastructure.Audit;
using Editorial.Infrastructure.Identity;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Admin;

/// <summary>
/// User administration: create accounts, set roles, lock and unlock. Admins only, checked here.
/// Each call works in its own scope, so a long-lived circuit never reuses a stale Identity store,
/// and is recorded in the security log in the same transaction as the change.
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

        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // The admin chose this password; the new colleague chooses their own at first sign-in.
        var user = await accounts.CreateAsync(input.Email, input.DisplayName, input.Password, input.Roles, mustChangePassword: true);
        await RecordAsync(scope, db, admin, SecurityEventKind.UserCreated, user.Id, new Dictionary<string, string?>
        {
            ["email"] = user.Email,
            ["displayName"] = user.DisplayName,
            ["roles"] = string.Join(", ", Roles.All.Where(input.Roles.Contains)),
            ["mustChangePassword"] = "true",
        });
        await transaction.CommitAsync();
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
        var removed = current.Except(roles).ToList();
        var added = roles.Except(current).ToList();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        UserAccountCreator.Check(await users.RemoveFromRolesAsync(user, removed));
        UserAccountCreator.Check(await users.AddToRolesAsync(user, added));
        // Open sessions pick up the new roles at their next validation.
        UserAccountCreator.Check(await users.UpdateSecurityStampAsync(user));
        if (added.Count + removed.Count > 0)
        {
            await RecordAsync(scope, db, admin, SecurityEventKind.RolesChanged, user.Id, new Dictionary<string, string?>
            {
                ["email"] = user.Email,
                ["added"] = string.Join(", ", Roles.All.Where(added.Contains)),
                ["removed"] = string.Join(", ", Roles.All.Where(removed.Contains)),
            });
        }

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
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        UserAccountCreator.Check(await users.SetLockoutEnabledAsync(user, true));
        UserAccountCreator.Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        UserAccountCreator.Check(await users.UpdateSecurityStampAsync(user));
        await RecordAsync(scope, db, admin, SecurityEventKind.UserLocked, user.Id, new Dictionary<string, string?> { ["email"] = user.Email });
        await transaction.CommitAsync();
    }

    /// <summary>Unlocks an account, whether an administrator or failed sign-ins locked it.</summary>
    public async Task UnlockAsync(ClaimsPrincipal admin, string userId)
    {
        await RequireAdminAsync(admin);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await FindAsync(users, userId);
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        UserAccountCreator.Check(await users.SetLockoutEndDateAsync(user, null));
        UserAccountCreator.Check(await users.ResetAccessFailedCountAsync(user));
        await RecordAsync(scope, db, admin, SecurityEventKind.UserUnlocked, user.Id, new Dictionary<string, string?> { ["email"] = user.Email });
        await transaction.CommitAsync();
    }

    /// <summary>The current time, for showing lock state.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    // Saved within the caller's transaction: the change and its log entry commit together or not at all.
    private static Task RecordAsync(AsyncServiceScope scope, EditorialDbContext db, ClaimsPrincipal admin, SecurityEventKind kind,
        string subjectUserId, IReadOnlyDictionary<string, string?> details) =>
        scope.ServiceProvider.GetRequiredService<SecurityLog>().AppendAsync(db, kind, admin.RequireUserId(), subjectUserId, null, details);

    private Task RequireAdminAsync(ClaimsPrincipal admin) =>
        authorization.RequireAsync(admin, Policies.ManageUsers, "manage users");

    private static async Task<ApplicationUser> FindAsync(UserManager<ApplicationUser> users, string userId) =>
        await users.FindByIdAsync(userId) ?? throw new NotFoundException("This user does not exist.");
}

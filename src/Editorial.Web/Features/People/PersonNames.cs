using System.Security.Claims;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Components.Account;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.People;

/// <summary>
/// How people are named across the product, and the one lookup of their names: every feature that
/// shows who did something (sign-offs, comments, claims, tracked changes, the timeline) asks here,
/// so that the system and an account that no longer resolves read the same everywhere.
/// </summary>
public sealed class PersonNames
{
    /// <summary>Shown where no person acted: imports, the system's own moves.</summary>
    public const string SystemName = "The system";

    /// <summary>Shown for an account that no longer resolves.</summary>
    public const string FormerUser = "A former user";

    private readonly IReadOnlyDictionary<string, string> _names;

    private PersonNames(IReadOnlyDictionary<string, string> names) => _names = names;

    /// <summary>Looks up the display names of <paramref name="userIds"/> (nulls and repeats ignored), in one query.</summary>
    public static async Task<PersonNames> LoadAsync(EditorialDbContext db, IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        var names = ids.Count == 0
            ? new Dictionary<string, string>()
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return new PersonNames(names);
    }

    /// <summary>The name of <paramref name="userId"/>: the system for null, a former user for an unknown id.</summary>
    public string NameOf(string? userId) => userId is null ? SystemName : _names.GetValueOrDefault(userId, FormerUser);

    /// <summary><paramref name="userId"/> with their name.</summary>
    public PersonView Person(string userId) => new(userId, NameOf(userId));

    /// <summary><paramref name="userId"/> with their name, or null for nobody.</summary>
    public PersonView? PersonOrNull(string? userId) => userId is null ? null : Person(userId);

    /// <summary>The signed-in user's own name, from their sign-in (no query).</summary>
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirst(EditorialClaims.DisplayName)?.Value ?? user.Identity?.Name ?? "Someone";
}

using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Preferences;

/// <summary>Remembers each user's light/dark choice on their account, so it follows them across devices.</summary>
public sealed class ThemePreferenceService(IDbContextFactory<EditorialDbContext> dbFactory)
{
    /// <summary>The saved choice; null when the user never chose, or when the database cannot be reached
    /// (the layout, the error page's included, renders without it).</summary>
    public async Task<bool?> GetDarkModeAsync(string userId, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.Users.Where(u => u.Id == userId).Select(u => u.PrefersDarkMode).SingleOrDefaultAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseErrors.IsUnavailable(e))
        {
            return null;
        }
    }

    /// <summary>Saves the choice of the signed-in user (a user only ever sets their own).</summary>
    public async Task SetDarkModeAsync(string userId, bool isDarkMode, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PrefersDarkMode, isDarkMode), cancellationToken);
    }
}

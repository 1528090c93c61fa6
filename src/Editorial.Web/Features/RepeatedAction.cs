using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features;

/// <summary>
/// Recognises an action tried again: the user's client chose the id of what the action adds
/// (<see cref="Editorial.Domain.ClientChosenId"/>) when the user began it, and if that id is already
/// stored as theirs, the first try was applied — its answer was lost to a dropped connection — so it
/// is not applied again. Two tries at the very same moment cannot both be stored (the id is a key).
/// </summary>
public static class RepeatedAction
{
    /// <summary>Whether <paramref name="id"/> is given and <paramref name="isStored"/> finds it.</summary>
    public static async Task<bool> WasAppliedAsync(this IDbContextFactory<EditorialDbContext> dbFactory, Guid? id,
        Func<EditorialDbContext, Guid, Task<bool>> isStored, CancellationToken cancellationToken)
    {
        if (id is not { } chosen)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await isStored(db, chosen);
    }
}

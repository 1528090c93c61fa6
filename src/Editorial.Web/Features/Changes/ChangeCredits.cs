using Editorial.Web.Features.People;
using Editorial.Domain.Diff;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Changes;

/// <summary>Turns the domain's contributions (revision numbers) into names (<see cref="PersonNames"/>), colours and times, in two queries.</summary>
public static class ChangeCredits
{
    /// <summary>The credits of each change, in the order given.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<ChangeCredit>>> ResolveAsync(EditorialDbContext db, Guid articleId,
        IReadOnlyList<IReadOnlyList<Contribution>> perChange, CancellationToken cancellationToken)
    {
        var numbers = perChange.SelectMany(c => c).Select(c => c.RevisionNumber).Distinct().ToList();
        var times = await db.Revisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId && numbers.Contains(r.Number))
            .Select(r => new { r.Number, r.CreatedAt })
            .ToDictionaryAsync(r => r.Number, r => r.CreatedAt, cancellationToken);
        var names = await PersonNames.LoadAsync(db, perChange.SelectMany(c => c).Select(c => c.AuthorId), cancellationToken);

        return perChange.Select(IReadOnlyList<ChangeCredit> (contributions) => contributions
            .Where(c => times.ContainsKey(c.RevisionNumber))
            .Select(c => new ChangeCredit(c.RevisionNumber, AuthorOf(c.AuthorId, names), times[c.RevisionNumber]))
            .ToList()).ToList();
    }

    private static ChangeAuthor AuthorOf(string? userId, PersonNames names) => new(userId, names.NameOf(userId), ChangeAuthor.ColourOf(userId));
}

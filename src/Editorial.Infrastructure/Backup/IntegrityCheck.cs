using Editorial.Domain.Audit;
using Editorial.Domain.Text;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Backup;

/// <summary>What <see cref="IntegrityCheck"/> found.</summary>
/// <param name="Articles">Articles checked.</param>
/// <param name="Revisions">Revisions whose stored hash was recomputed.</param>
/// <param name="AuditEntries">Audit entries verified.</param>
/// <param name="Problems">One line per problem; empty when everything holds.</param>
public sealed record IntegrityReport(int Articles, int Revisions, long AuditEntries, IReadOnlyList<string> Problems)
{
    /// <summary>Whether everything holds.</summary>
    public bool IsIntact => Problems.Count == 0;
}

/// <summary>
/// Checks a whole database the way a restored backup must hold: for every article, its revisions are
/// numbered 1..N, each one's text still has its stored hash, the article points at the last one, and
/// its audit log verifies with the keys this server holds. Run after a restore
/// (<c>dotnet Editorial.Web.dll verify</c>, see the README).
/// </summary>
public static class IntegrityCheck
{
    private const int Batch = 200;

    /// <summary>Checks every article in <paramref name="db"/>.</summary>
    public static async Task<IntegrityReport> RunAsync(EditorialDbContext db, AuditKeyring keys, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var (articles, revisions, entries) = (0, 0, 0L);
        Guid? after = null;
        while (true)
        {
            var page = await db.Articles.AsNoTracking()
                .Where(a => after == null || a.Id.CompareTo(after.Value) > 0)
                .OrderBy(a => a.Id).Take(Batch)
                .Select(a => new { a.Id, a.CurrentRevisionNumber, a.CurrentContentHash })
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return new IntegrityReport(articles, revisions, entries, problems);
            }

            foreach (var article in page)
            {
                articles++;
                var stored = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == article.Id).OrderBy(r => r.Number)
                    .Select(r => new { r.Number, r.Title, r.Body, r.Format, r.ContentHash }).ToListAsync(cancellationToken);
                revisions += stored.Count;
                if (!stored.Select(r => r.Number).SequenceEqual(Enumerable.Range(1, stored.Count)))
                {
                    problems.Add($"{article.Id}: revision numbers are not 1..{stored.Count}");
                }

                problems.AddRange(stored.Where(r => ContentHash.Of(r.Title, r.Body, r.Format) != r.ContentHash)
                    .Select(r => $"{article.Id}: revision {r.Number} does not match its hash"));
                if (stored.Count == 0 || stored[^1].Number != article.CurrentRevisionNumber || stored[^1].ContentHash != article.CurrentContentHash)
                {
                    problems.Add($"{article.Id}: the article does not point at its last revision");
                }

                var log = await db.AuditEvents.AsNoTracking().Where(e => e.ArticleId == article.Id).OrderBy(e => e.Sequence)
                    .ToListAsync(cancellationToken);
                entries += log.Count;
                var verified = ChainVerification.Of(log, keys, acceptsUnkeyedStart: true);
                if (!verified.IsIntact)
                {
                    problems.Add($"{article.Id}: audit log broken at entry {verified.FirstBrokenSequence}: {verified.Problem}");
                }
            }

            after = page[^1].Id;
        }
    }
}

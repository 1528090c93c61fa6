using System.Security.Claims;
using Editorial.Domain.Diff;
using Editorial.Domain.Text;
using Editorial.Web.Features.History;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Editorial.Web.Api;

/// <summary>Revision history over the API: list, get one, diff any two as JSON hunks with their authors, restore.</summary>
public static class RevisionEndpoints
{
    /// <summary>A restore request.</summary>
    /// <param name="RevisionNumber">The caller's view of the current revision.</param>
    public sealed record RestoreRequest(int RevisionNumber);

    /// <summary>Two revisions compared.</summary>
    /// <param name="From">The older revision compared.</param>
    /// <param name="To">The newer revision compared.</param>
    /// <param name="Hunks">The bodies' changes as ranges, each with who made it.</param>
    /// <param name="Segments">The bodies compared, as pieces for display.</param>
    /// <param name="Formatting">Changes of formatting where the words read the same.</param>
    public sealed record DiffResponse(int From, int To, IReadOnlyList<HunkResponse> Hunks, IReadOnlyList<DiffSegment> Segments,
        IReadOnlyList<FormatChange> Formatting);

    /// <summary>One change between two bodies (UTF-16 offsets) and the revisions that made it.</summary>
    /// <param name="OldStart">Where it starts in the older body.</param>
    /// <param name="OldLength">Its length in the older body.</param>
    /// <param name="NewStart">Where it starts in the newer body.</param>
    /// <param name="NewLength">Its length in the newer body.</param>
    /// <param name="Authors">Who made it; empty when comparing backwards.</param>
    public sealed record HunkResponse(int OldStart, int OldLength, int NewStart, int NewLength, IReadOnlyList<HunkAuthor> Authors);

    /// <summary>A revision that made a change.</summary>
    /// <param name="RevisionNumber">The revision.</param>
    /// <param name="UserId">Its author (null for the system).</param>
    /// <param name="Name">The author's name.</param>
    /// <param name="At">When it was saved (UTC).</param>
    public sealed record HunkAuthor(int RevisionNumber, string? UserId, string Name, DateTime At);

    /// <summary>What a restore answers.</summary>
    /// <param name="RevisionNumber">The new current revision.</param>
    public sealed record RestoreResponse(int RevisionNumber);

    /// <summary>Maps <c>/api/articles/{id}/revisions</c> and <c>/api/articles/{id}/diff</c>.</summary>
    public static IEndpointRouteBuilder MapRevisionApi(this IEndpointRouteBuilder endpoints)
    {
        var article = endpoints.MapGroup("/api/articles/{id:guid}").RequireAuthorization(Policies.ReadArticles).WithTags("Revisions")
            .WithEditorialProblems();

        article.MapGet("/revisions", ListRevisionsAsync).WithName("ListRevisions")
            .WithSummary("Lists the article's revisions, newest first, a page at a time.");
        article.MapGet("/revisions/{number:int}", GetRevisionAsync).WithName("GetRevision").WithSummary("Gets one revision in full.");
        article.MapGet("/diff", CompareAsync).WithName("CompareRevisions").WithSummary("Compares any two revisions, with who made each change.");
        article.MapPost("/revisions/{number:int}/restore", RestoreAsync).WithName("RestoreRevision")
            .WithSummary("Restores an earlier revision's text as a new revision.");
        return endpoints;
    }

    private static async Task<Ok<RevisionPage>> ListRevisionsAsync(ClaimsPrincipal user, RevisionHistoryService history, Guid id, int? before,
        int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await history.ListAsync(user, id, before, pageSize ?? 25, ct));

    private static async Task<Ok<RevisionDetails>> GetRevisionAsync(ClaimsPrincipal user, RevisionHistoryService history, Guid id, int number,
        CancellationToken ct) =>
        TypedResults.Ok(await history.GetAsync(user, id, number, ct));

    private static async Task<Ok<DiffResponse>> CompareAsync(ClaimsPrincipal user, RevisionHistoryService history, Guid id, int from, int to,
        CancellationToken ct)
    {
        var comparison = await history.CompareAsync(user, id, from, to, ct);
        var hunks = comparison.BodyHunks.Select(h => new HunkResponse(h.Hunk.OldStart, h.Hunk.OldLength, h.Hunk.NewStart, h.Hunk.NewLength,
            [.. h.Credits.Select(c => new HunkAuthor(c.RevisionNumber, c.Author.UserId, c.Author.Name, c.At))]));
        return TypedResults.Ok(new DiffResponse(comparison.From, comparison.To, [.. hunks], comparison.Body, comparison.Formatting));
    }

    private static async Task<Ok<RestoreResponse>> RestoreAsync(ClaimsPrincipal user, RevisionHistoryService history, Guid id, int number,
        RestoreRequest request, CancellationToken ct) =>
        TypedResults.Ok(new RestoreResponse(await history.RestoreAsync(user, id, number, request.RevisionNumber, ct)));
}

using System.Security.Claims;
using Editorial.Infrastructure.Idempotency;
using Editorial.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Api;

/// <summary>
/// Makes a state-changing API call with an <c>Idempotency-Key</c> safe to retry: the first call's
/// answer is kept (per user, <see cref="IdempotencyPolicy.KeptFor"/>) and a retry with the same key
/// and request gets it back, changing nothing; the same key with another request is 422; a retry
/// while the first is still running is 409. If the first call's change was committed but its answer
/// lost (the app stopped, the database went away right after the commit), the retry is told the change
/// was applied (202) — never applied twice, and a committed change never answers 5xx.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    // A request claimed longer ago than this without an answer or a commit died with its process.
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(1);

    /// <summary>Runs the request, or answers it from the kept answer.</summary>
    public async Task InvokeAsync(HttpContext http, IDbContextFactory<EditorialDbContext> dbFactory, IdempotencyScope scope, TimeProvider clock,
        IExceptionHandler problems)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method)
            || !http.Request.Path.StartsWithSegments("/api") || !http.Request.Headers.TryGetValue(IdempotencyPolicy.Header, out var values)
            || http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            await next(http);
            return;
        }

        var key = values.ToString();
        if (!IdempotencyPolicy.IsValidKey(key))
        {
            await AnswerAsync(http, StatusCodes.Status400BadRequest, "Bad Idempotency-Key.",
                $"An Idempotency-Key is 1 to {IdempotencyPolicy.MaxKeyLength} printable ASCII characters.");
            return;
        }

        var hash = await HashAsync(http.Request);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(http.RequestAborted);
        if (await ClaimAsync(db, userId, key, hash, now, http.RequestAborted) is { } earlier && !(IsAbandoned(earlier, now) && earlier.RequestHash == hash))
        {
            await ReplayAsync(http, db, earlier, hash);
            return;
        }

        scope.Current = (userId, key);
        await RunAndKeepAsync(http, db, scope, problems, userId, key);
    }

    // Claims the key for this request; returns the earlier request that holds it, if any.
    private static async Task<IdempotentRequest?> ClaimAsync(EditorialDbContext db, string userId, string key, string hash, DateTime now,
        CancellationToken cancellationToken)
    {
        // Answers outlive the promise to clients; older ones of this user go as new keys come.
        await db.IdempotentRequests.Where(r => r.UserId == userId && r.CreatedAt < now - IdempotencyPolicy.KeptFor)
            .ExecuteDeleteAsync(cancellationToken);
        if (await db.IdempotentRequests.SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        db.IdempotentRequests.Add(new IdempotentRequest(userId, key, hash, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsLostRace(e))
        {
            // Two retries raced for the key: the other one runs the request.
            db.ChangeTracker.Clear();
            return await db.IdempotentRequests.SingleAsync(r => r.UserId == userId && r.Key == key, cancellationToken);
        }
    }

    private async Task RunAndKeepAsync(HttpContext http, EditorialDbContext db, IdempotencyScope scope, IExceptionHandler problems,
        string userId, string key)
    {
        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        // Claimed above, so already tracked: found without a query.
        var row = (await db.IdempotentRequests.FindAsync([userId, key], CancellationToken.None))!;
        try
        {
            // Refusals become problem+json here, as the app's exception handler writes them, so that they are kept too.
            try
            {
                await next(http);
            }
            catch (Exception e)
            {
                if (!await problems.TryHandleAsync(http, e, http.RequestAborted))
                {
                    throw;
                }
            }
        }
        catch when (!scope.Committed)
        {
            // A bug, not an answer: nothing was changed, so the key is free for a retry.
            db.IdempotentRequests.Remove(row);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            http.Response.Body = original;
        }

        var status = http.Response.StatusCode;
        if (scope.Committed && status >= StatusCodes.Status500InternalServerError)
        {
            // The change is in; only reading it back failed. Say so, and keep saying so to retries.
            http.Response.Headers.Remove("Retry-After");
            await KeepAppliedAsync(http, db, row);
            return;
        }

        if (status >= StatusCodes.Status500InternalServerError || status == StatusCodes.Status429TooManyRequests)
        {
            // Nothing was changed and the answer is not final: a retry with the key runs the request again.
            db.IdempotentRequests.Remove(row);
        }
        else
        {
            row.Answer(status, http.Response.ContentType, buffer.ToArray());
        }

        await db.SaveChangesAsync(CancellationToken.None);
        buffer.Position = 0;
        await buffer.CopyToAsync(original);
    }

    private static async Task ReplayAsync(HttpContext http, EditorialDbContext db, IdempotentRequest earlier, string hash)
    {
        if (earlier.RequestHash != hash)
        {
            await AnswerAsync(http, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused.",
                "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
        }
        else if (earlier.StatusCode is { } status)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = earlier.ContentType;
            http.Response.Headers[IdempotencyPolicy.ReplayedHeader] = "true";
            await http.Response.Body.WriteAsync(earlier.Body ?? []);
        }
        else if (earlier.Committed)
        {
            // Committed, and the process stopped before its answer was kept.
            http.Response.Headers[IdempotencyPolicy.ReplayedHeader] = "true";
            await KeepAppliedAsync(http, db, earlier);
        }
        else
        {
            http.Response.Headers.RetryAfter = "1";
            await AnswerAsync(http, StatusCodes.Status409Conflict, "Request in progress.",
                "A request with this Idempotency-Key is still being processed. Try again in a moment.");
        }
    }

    // Claimed long ago and neither answered nor committed: its process died before changing anything,
    // so the request may run again.
    private static bool IsAbandoned(IdempotentRequest earlier, DateTime now) =>
        earlier.StatusCode is null && !earlier.Committed && earlier.CreatedAt < now - Abandoned;

    // Answers "applied" (202) and keeps that answer for retries.
    private static async Task KeepAppliedAsync(HttpContext http, EditorialDbContext db, IdempotentRequest row)
    {
        var original = http.Response.Body;
        await using var applied = new MemoryStream();
        http.Response.Body = applied;
        await AnswerAppliedAsync(http);
        http.Response.Body = original;
        row.Answer(http.Response.StatusCode, http.Response.ContentType, applied.ToArray());
        await db.SaveChangesAsync(CancellationToken.None);
        await original.WriteAsync(applied.ToArray());
    }

    private static Task AnswerAppliedAsync(HttpContext http) =>
        AnswerAsync(http, StatusCodes.Status202Accepted, "Your change was applied.",
            "The change was saved, but its answer was lost. Read the resource again to see it.");

    private static Task AnswerAsync(HttpContext http, int status, string title, string detail) =>
        http.WriteProblemAsync(new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = http.Request.Path });

    // What identifies the request: method, path and query, and the body.
    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return IdempotencyPolicy.RequestHash(request.Method, $"{request.Path}{request.QueryString}", body.ToArray());
    }
}

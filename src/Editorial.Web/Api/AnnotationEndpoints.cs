using System.Security.Claims;
using Editorial.Domain.Annotations;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Hosting;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Editorial.Web.Api;

/// <summary>Comments over the API: W3C export, start a thread, reply, edit, delete, resolve/reopen, re-attach.</summary>
public static class AnnotationEndpoints
{
    private const string W3CAnnotationType = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    /// <summary>A new thread on a selection of the body at a revision (UTF-16 offsets, as the browser's).</summary>
    public sealed record StartRequest(int RevisionNumber, int Start, int End, string? Text);

    /// <summary>A comment's text.</summary>
    public sealed record TextRequest(string? Text);

    /// <summary>A new selection for a thread.</summary>
    public sealed record ReattachRequest(int RevisionNumber, int Start, int End);

    /// <summary>What starting a thread answers.</summary>
    /// <param name="Id">The new thread.</param>
    public sealed record StartResponse(Guid Id);

    /// <summary>Maps <c>/api/articles/{id}/annotations</c>.</summary>
    public static IEndpointRouteBuilder MapAnnotationApi(this IEndpointRouteBuilder endpoints)
    {
        var annotations = endpoints.MapGroup("/api/articles/{id:guid}/annotations").RequireAuthorization(Policies.ReadArticles).WithTags("Comments")
            .WithEditorialProblems();

        annotations.MapGet("/", ExportAsync).WithName("ExportAnnotations").WithSummary("Exports the comments as W3C Web Annotations.")
            .Produces<string>(StatusCodes.Status200OK, contentType: W3CAnnotationType);
        annotations.MapPost("/", StartAsync).WithName("StartThread").WithSummary("Starts a comment thread on a selection of the body.");
        annotations.MapPost("/{annotationId:guid}/replies", ReplyAsync).WithName("ReplyToThread").WithSummary("Replies to a thread.");
        annotations.MapPut("/{annotationId:guid}", EditThreadAsync).WithName("EditThread").WithSummary("Edits a thread's first comment.");
        annotations.MapPut("/{annotationId:guid}/replies/{replyId:guid}", EditReplyAsync).WithName("EditReply").WithSummary("Edits a reply.");
        annotations.MapDelete("/{annotationId:guid}", DeleteThreadAsync).WithName("DeleteThread").WithSummary("Deletes a thread.");
        annotations.MapDelete("/{annotationId:guid}/replies/{replyId:guid}", DeleteReplyAsync).WithName("DeleteReply")
            .WithSummary("Deletes a reply.");
        annotations.MapPost("/{annotationId:guid}/resolve", ResolveAsync).WithName("ResolveThread").WithSummary("Marks a thread resolved.");
        annotations.MapPost("/{annotationId:guid}/reopen", ReopenAsync).WithName("ReopenThread").WithSummary("Opens a resolved thread again.");
        annotations.MapPost("/{annotationId:guid}/reattach", ReattachAsync).WithName("ReattachThread")
            .WithSummary("Moves a thread to a new selection of the body.");
        return endpoints;
    }

    private static async Task<ContentHttpResult> ExportAsync(PublicAddress address, ClaimsPrincipal user, AnnotationService service, Guid id,
        CancellationToken ct)
    {
        var json = await service.ExportAsync(user, id, address.BaseUrl, ct);
        return TypedResults.Text(json.ToJsonString(), W3CAnnotationType);
    }

    private static async Task<Created<StartResponse>> StartAsync(ClaimsPrincipal user, AnnotationService service, Guid id, StartRequest request,
        CancellationToken ct)
    {
        var created = await service.StartAsync(user, id, request.RevisionNumber, request.Start, request.End, request.Text, cancellationToken: ct);
        return TypedResults.Created($"/api/articles/{id}/annotations/{created}", new StartResponse(created));
    }

    private static async Task<NoContent> ReplyAsync(ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
        TextRequest request, CancellationToken ct)
    {
        await service.ReplyAsync(user, id, annotationId, request.Text, cancellationToken: ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> EditThreadAsync(ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
        TextRequest request, CancellationToken ct)
    {
        await service.EditAsync(user, id, annotationId, null, request.Text, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> EditReplyAsync(ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
        Guid replyId, TextRequest request, CancellationToken ct)
    {
        await service.EditAsync(user, id, annotationId, replyId, request.Text, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeleteThreadAsync(ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
        CancellationToken ct)
    {
        await service.DeleteAsync(user, id, annotationId, null, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeleteReplyAsync(ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
        Guid replyId, CancellationToken ct)
    {
        await service.DeleteAsync(user, id, annotationId, replyId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ResolveAsync(ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
        CancellationToken ct)
    {
        await service.SetStatusAsync(user, id, annotationId, ThreadStatus.Resolved, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReopenAsync(ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
        CancellationToken ct)
    {
        await service.SetStatusAsync(user, id, annotationId, ThreadStatus.Open, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReattachAsync(ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
        ReattachRequest request, CancellationToken ct)
    {
        await service.ReattachAsync(user, id, annotationId, request.RevisionNumber, request.Start, request.End, ct);
        return TypedResults.NoContent();
    }
}

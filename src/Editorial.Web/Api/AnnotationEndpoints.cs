using System.Security.Claims;
using Editorial.Domain.Annotations;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Security;

namespace Editorial.Web.Api;

/// <summary>Comments over the API: W3C export, start a thread, reply, edit, delete, resolve/reopen, re-attach.</summary>
public static class AnnotationEndpoints
{
    /// <summary>A new thread on a selection of the body at a revision (UTF-16 offsets, as the browser's).</summary>
    public sealed record StartRequest(int RevisionNumber, int Start, int End, string? Text);

    /// <summary>A comment's text.</summary>
    public sealed record TextRequest(string? Text);

    /// <summary>A new selection for a thread.</summary>
    public sealed record ReattachRequest(int RevisionNumber, int Start, int End);

    /// <summary>Maps <c>/api/articles/{id}/annotations</c>.</summary>
    public static IEndpointRouteBuilder MapAnnotationApi(this IEndpointRouteBuilder endpoints)
    {
        var annotations = endpoints.MapGroup("/api/articles/{id:guid}/annotations").RequireAuthorization(Policies.ReadArticles).WithTags("Comments");

        annotations.MapGet("/", async (Editorial.Web.Hosting.PublicAddress address, ClaimsPrincipal user, AnnotationService service, Guid id, CancellationToken ct) =>
        {
            var json = await service.ExportAsync(user, id, address.BaseUrl, ct);
            return Results.Text(json.ToJsonString(), "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"");
        });

        annotations.MapPost("/", async (ClaimsPrincipal user, AnnotationService service, Guid id, StartRequest request, CancellationToken ct) =>
        {
            var created = await service.StartAsync(user, id, request.RevisionNumber, request.Start, request.End, request.Text, ct);
            return TypedResults.Created($"/api/articles/{id}/annotations/{created}", new { id = created });
        });

        annotations.MapPost("/{annotationId:guid}/replies", async (ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
            TextRequest request, CancellationToken ct) =>
        {
            await service.ReplyAsync(user, id, annotationId, request.Text, ct);
            return TypedResults.NoContent();
        });

        annotations.MapPut("/{annotationId:guid}", async (ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
            TextRequest request, CancellationToken ct) =>
        {
            await service.EditAsync(user, id, annotationId, null, request.Text, ct);
            return TypedResults.NoContent();
        });

        annotations.MapPut("/{annotationId:guid}/replies/{replyId:guid}", async (ClaimsPrincipal user, AnnotationService service, Guid id,
            Guid annotationId, Guid replyId, TextRequest request, CancellationToken ct) =>
        {
            await service.EditAsync(user, id, annotationId, replyId, request.Text, ct);
            return TypedResults.NoContent();
        });

        annotations.MapDelete("/{annotationId:guid}", async (ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
            CancellationToken ct) =>
        {
            await service.DeleteAsync(user, id, annotationId, null, ct);
            return TypedResults.NoContent();
        });

        annotations.MapDelete("/{annotationId:guid}/replies/{replyId:guid}", async (ClaimsPrincipal user, AnnotationService service, Guid id,
            Guid annotationId, Guid replyId, CancellationToken ct) =>
        {
            await service.DeleteAsync(user, id, annotationId, replyId, ct);
            return TypedResults.NoContent();
        });

        annotations.MapPost("/{annotationId:guid}/resolve", async (ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
            CancellationToken ct) =>
        {
            await service.SetStatusAsync(user, id, annotationId, ThreadStatus.Resolved, ct);
            return TypedResults.NoContent();
        });

        annotations.MapPost("/{annotationId:guid}/reopen", async (ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
            CancellationToken ct) =>
        {
            await service.SetStatusAsync(user, id, annotationId, ThreadStatus.Open, ct);
            return TypedResults.NoContent();
        });

        annotations.MapPost("/{annotationId:guid}/reattach", async (ClaimsPrincipal user, AnnotationService service, Guid id, Guid annotationId,
            ReattachRequest request, CancellationToken ct) =>
        {
            await service.ReattachAsync(user, id, annotationId, request.RevisionNumber, request.Start, request.End, ct);
            return TypedResults.NoContent();
        });

        return endpoints;
    }
}

using System.Security.Claims;
using Editorial.Web.Features.Mail;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Editorial.Web.Api;

/// <summary>The e-mail delivery log over the API, for administrators. The service authorizes every call.</summary>
public static class MailDeliveryEndpoints
{
    /// <summary>Maps <c>/api/admin/mail</c>.</summary>
    public static IEndpointRouteBuilder MapMailDeliveryApi(this IEndpointRouteBuilder endpoints)
    {
        var mail = endpoints.MapGroup("/api/admin/mail").RequireAuthorization(Policies.ManageUsers).WithTags("E-mail").WithEditorialProblems();
        mail.MapGet("/", ListAsync).WithName("ListMail")
            .WithSummary("Every e-mail, newest first, with every attempt (?before= the cursor of the previous page).");
        mail.MapPost("/{id:guid}/resend", ResendAsync).WithName("ResendMail").WithSummary("Sends a delivered or failed e-mail again, with the same Message-ID.");
        return endpoints;
    }

    private static async Task<Ok<MailDeliveryPage>> ListAsync(ClaimsPrincipal user, MailDeliveryService service, DateTime? before, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(user, before, ct));

    private static async Task<NoContent> ResendAsync(ClaimsPrincipal user, MailDeliveryService service, Guid id, CancellationToken ct)
    {
        await service.ResendAsync(user, id, ct);
        return TypedResults.NoContent();
    }
}

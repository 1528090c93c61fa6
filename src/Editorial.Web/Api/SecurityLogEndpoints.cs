using System.Security.Claims;
using System.Text;
using Editorial.Domain.Audit;
using Editorial.Web.Features.Admin;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Editorial.Web.Api;

/// <summary>
/// The security log for administrators: export as JSON or CSV, and verify. The service authorizes
/// every call (Admins only); errors are problem+json.
/// </summary>
public static class SecurityLogEndpoints
{
    /// <summary>Maps <c>GET /api/admin/security-log</c> and <c>GET /api/admin/security-log/verify</c>.</summary>
    public static IEndpointRouteBuilder MapSecurityLogApi(this IEndpointRouteBuilder endpoints)
    {
        var log = endpoints.MapGroup("/api/admin/security-log").RequireAuthorization(Policies.ManageUsers).WithTags("Security log")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
        log.MapGet("/", ExportAsync).WithName("ExportSecurityLog").WithSummary("Exports the security log as JSON or CSV.");
        log.MapGet("/verify", VerifyAsync).WithName("VerifySecurityLog").WithSummary("Checks the security log's chain.");
        return endpoints;
    }

    /// <summary>
    /// Every entry that matches, oldest first: <c>?format=json</c> (default) or <c>csv</c>, and
    /// filters <c>kind</c>, <c>user</c> (an email), <c>from</c> and <c>to</c> (UTC days, inclusive).
    /// </summary>
    private static async Task<Results<Ok<IAsyncEnumerable<SecurityLogEntryView>>, PushStreamHttpResult>> ExportAsync(HttpContext http,
        ClaimsPrincipal principal, SecurityLogService service, string? format, string? kind, [FromQuery(Name = "user")] string? userEmail,
        DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var entries = await service.ExportAsync(principal, new SecurityLogFilter(KindOf(kind), userEmail, from, to), ct);
        var csv = (format ?? "json").ToLowerInvariant() switch
        {
            "json" => false,
            "csv" => true,
            _ => throw new BadHttpRequestException("The format is json or csv."),
        };
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"security-log.{(csv ? "csv" : "json")}\"";
        if (!csv)
        {
            return TypedResults.Ok(entries);
        }

        return TypedResults.Stream(async stream =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\r\n" };
            await writer.WriteLineAsync(SecurityLogCsv.Header);
            await foreach (var entry in entries)
            {
                await writer.WriteLineAsync(SecurityLogCsv.Row(entry));
            }
        }, "text/csv; charset=utf-8");
    }

    /// <summary>Checks the whole log; <c>?sequence=&amp;hash=</c> checks it against a head recorded earlier.</summary>
    private static async Task<Ok<ChainVerificationResponse>> VerifyAsync(ClaimsPrincipal principal, SecurityLogService service,
        long? sequence, string? hash, CancellationToken ct) =>
        TypedResults.Ok(ChainVerificationResponse.From(await service.VerifyAsync(principal, ChainVerificationResponse.CheckpointFrom(sequence, hash), ct)));

    private static SecurityEventKind? KindOf(string? kind) =>
        string.IsNullOrWhiteSpace(kind) ? null
        : char.IsAsciiLetter(kind[0]) && Enum.TryParse<SecurityEventKind>(kind, ignoreCase: true, out var parsed) ? parsed
        : throw new BadHttpRequestException($"Unknown kind '{kind}'. Kinds: {string.Join(", ", Enum.GetNames<SecurityEventKind>())}.");
}

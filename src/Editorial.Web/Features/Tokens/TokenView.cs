namespace Editorial.Web.Features.Tokens;

/// <summary>A personal access token as its owner sees it (never the secret).</summary>
public sealed record TokenView(Guid Id, string Name, string Hint, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? LastUsedAt,
    DateTime? RevokedAt, bool IsActive);

namespace Editorial.Domain.Workflow;

/// <summary>Someone a manager assigns, with the roles they hold.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Roles">The roles they hold.</param>
public sealed record Assignee(string UserId, IReadOnlySet<string> Roles);

namespace Editorial.Web.Features.Workflow;

/// <summary>What a manager chose in the assignment dialog.</summary>
/// <param name="FactCheckerId">The fact-checker, or null.</param>
/// <param name="ManagerId">The manager, or null.</param>
/// <param name="DueAt">The due time (UTC), or null.</param>
public sealed record AssignmentChoice(string? FactCheckerId, string? ManagerId, DateTime? DueAt);

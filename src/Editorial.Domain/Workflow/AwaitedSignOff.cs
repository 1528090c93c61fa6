namespace Editorial.Domain.Workflow;

/// <summary>
/// A sign-off an article waits for now (<see cref="Articles.Article.AwaitedSignOffs"/>): what the
/// queues of the people who may give it list.
/// </summary>
/// <param name="Transition">The transition it counts towards.</param>
/// <param name="Role">The role that gives it.</param>
/// <param name="AssigneeId">The person the article is assigned to for that role; null when nobody is,
/// and then anyone holding the role may give it.</param>
public sealed record AwaitedSignOff(string Transition, string Role, string? AssigneeId);

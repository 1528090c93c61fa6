namespace Editorial.Domain.Workflow;

/// <summary>Who is acting: a user and the roles they hold.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Roles">Every role the user holds.</param>
public sealed record WorkflowActor(string UserId, IReadOnlySet<string> Roles)
{
    /// <summary>Whether the actor holds any of <paramref name="roles"/>.</summary>
    public bool HoldsAny(IEnumerable<string> roles) => roles.Any(Roles.Contains);
}

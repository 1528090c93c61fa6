namespace Editorial.Domain.Workflow;

/// <summary>
/// One thing an actor may do to an article now, as <see cref="Eligibility.PossibleActions"/> lists
/// them for buttons, the API and the queue.
/// </summary>
/// <param name="Kind">"edit", "comment", "flag-claim", "describe-claim", "check-claim", "decide-changes", "suggest", "set-embargo",
/// "assign", "perform" (a transition) or "sign-off".</param>
/// <param name="Transition">For "perform" and "sign-off", the transition's name.</param>
/// <param name="Role">For "sign-off", the role to sign in.</param>
/// <param name="Label">How a button says it.</param>
public sealed record PossibleAction(string Kind, string? Transition, string? Role, string Label)
{
    /// <summary>The kind of a performed transition.</summary>
    public const string Perform = "perform";

    /// <summary>The kind of a sign-off.</summary>
    public const string SignOff = "sign-off";

    /// <summary>The kind that names <paramref name="action"/> ("flag-claim").</summary>
    public static string KindOf(ArticleAction action) => action switch
    {
        ArticleAction.FlagClaim => "flag-claim",
        ArticleAction.DescribeClaim => "describe-claim",
        ArticleAction.CheckClaim => "check-claim",
        ArticleAction.DecideChanges => "decide-changes",
        ArticleAction.SetEmbargo => "set-embargo",
        _ => action.ToString().ToLowerInvariant(),
    };
}

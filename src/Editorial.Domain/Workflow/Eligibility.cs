using Editorial.Domain.Users;

namespace Editorial.Domain.Workflow;

/// <summary>
/// The one answer to "may this person do this to this article now?". Each rule — which roles do an
/// action, which stages forbid it, separation of duties on sign-offs — is written here once. The
/// domain's methods (<see cref="Articles.Article"/>, <see cref="Claims.Claim"/>) enforce it, and the
/// application asks the same object for its buttons, the API's possible-actions list and the queue.
/// </summary>
/// <param name="Policy">The newsroom's workflow.</param>
/// <param name="Actor">Who acts.</param>
/// <param name="Stage">The stage the article is in.</param>
/// <param name="TextAuthors">Everyone who wrote text in the article (for separation of duties).</param>
public sealed record Eligibility(WorkflowPolicy Policy, WorkflowActor Actor, StageDefinition Stage, IReadOnlySet<string> TextAuthors)
{
    private static readonly Dictionary<ArticleAction, (string[] Roles, string Refusal)> ByRole = new()
    {
        [ArticleAction.Edit] = ([Roles.Editor], "Only Editors edit article text."),
        [ArticleAction.Comment] = ([Roles.Editor, Roles.FactChecker, Roles.Manager], "Only Editors, Fact-checkers and Managers comment on articles."),
        [ArticleAction.FlagClaim] = ([Roles.Editor, Roles.FactChecker], "Only Editors and Fact-checkers flag claims."),
        [ArticleAction.DescribeClaim] = ([Roles.Editor, Roles.FactChecker], "Only Editors and Fact-checkers edit claims."),
        [ArticleAction.CheckClaim] = ([Roles.FactChecker], "Only Fact-checkers check claims: verdicts, sources, dismissals and re-attaching."),
        [ArticleAction.DecideChanges] = ([Roles.Editor, Roles.Manager], "Only an Editor or a Manager may accept or reject tracked changes."),
        [ArticleAction.Assign] = ([Roles.Manager], "Only a Manager may assign articles."),
        [ArticleAction.Suggest] = ([Roles.Editor, Roles.FactChecker, Roles.Manager], "Only Editors, Fact-checkers and Managers suggest changes."),
        [ArticleAction.SetEmbargo] = ([Roles.Manager], "Only a Manager may set an embargo."),
    };

    private static readonly Dictionary<ArticleAction, string> Labels = new()
    {
        [ArticleAction.Edit] = "Edit",
        [ArticleAction.Comment] = "Comment",
        [ArticleAction.FlagClaim] = "Flag a claim",
        [ArticleAction.DescribeClaim] = "Edit claims",
        [ArticleAction.CheckClaim] = "Check claims",
        [ArticleAction.DecideChanges] = "Accept or reject changes",
        [ArticleAction.Assign] = "Assign",
        [ArticleAction.Suggest] = "Suggest changes",
        [ArticleAction.SetEmbargo] = "Set the embargo",
    };

    /// <summary>What an article in <paramref name="stage"/> allows <paramref name="actor"/>.</summary>
    public static Eligibility Of(WorkflowPolicy policy, WorkflowActor actor, string stage, IReadOnlySet<string>? textAuthors = null) =>
        new(policy, actor, policy.Stage(stage), textAuthors ?? new HashSet<string>());

    /// <summary>The roles that do <paramref name="action"/> (what the web's authorization policies are built from).</summary>
    public static IReadOnlyList<string> RolesFor(ArticleAction action) => ByRole[action].Roles;

    /// <summary>
    /// The part of the rule that does not depend on the article: whether <paramref name="actor"/> holds
    /// a role that does <paramref name="action"/>. For checks made where no article is at hand (a claim's
    /// own methods; refusing early, before anything is loaded).
    /// </summary>
    /// <returns>Null when they do; otherwise the refusal.</returns>
    public static WorkflowPermissionException? RoleRefusal(ArticleAction action, WorkflowActor actor)
    {
        var (roles, refusal) = ByRole[action];
        return actor.HoldsAny(roles) ? null : new WorkflowPermissionException(refusal);
    }

    /// <summary>Throws <see cref="RoleRefusal"/> when there is one.</summary>
    public static void EnsureRole(ArticleAction action, WorkflowActor actor)
    {
        if (RoleRefusal(action, actor) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>Why <see cref="Actor"/> may not do <paramref name="action"/> now; null when they may.</summary>
    public Exception? Refusal(ArticleAction action) => RoleRefusal(action, Actor) ?? StageRefusal(action);

    /// <summary>Whether <see cref="Actor"/> may do <paramref name="action"/> now.</summary>
    public bool May(ArticleAction action) => Refusal(action) is null;

    /// <summary>Throws the refusal, if any.</summary>
    public void Ensure(ArticleAction action) => ThrowIf(Refusal(action));

    /// <summary>Why <see cref="Actor"/> may not perform <paramref name="transition"/> now; null when they may.</summary>
    public Exception? RefusalToPerform(TransitionDefinition transition) =>
        transition.From != Stage.Name
            ? new EditorialDomainException($"This article is in {Stage.Label}, so '{transition.Label}' is not possible now.")
            : transition.IsBySignOff
                ? new EditorialDomainException($"'{transition.Label}' happens by itself once the required sign-offs are given.")
                : !Actor.HoldsAny(transition.PerformedBy)
                    ? new WorkflowPermissionException(
                        $"Only {string.Join(" or ", transition.PerformedBy)} may '{transition.Label.ToLowerInvariant()}'.")
                    : null;

    /// <summary>
    /// Why <see cref="Actor"/> may not give a <paramref name="role"/> sign-off on <paramref name="transition"/>
    /// now; null when they may: the article is in the transition's stage, the transition needs that role,
    /// the actor holds it, and separation of duties does not keep them out (they wrote none of the text).
    /// </summary>
    public Exception? RefusalToSignOff(TransitionDefinition transition, string role) =>
        transition.From != Stage.Name
            ? new EditorialDomainException($"This article is in {Stage.Label}, so '{transition.Label}' is not possible now.")
            : !transition.RequiredSignOffs.ContainsKey(role)
                ? new EditorialDomainException($"'{transition.Label}' needs no {role} sign-off.")
                : !Actor.Roles.Contains(role)
                    ? new WorkflowPermissionException($"You do not hold the {role} role, so you cannot sign off as {role}.")
                    : Policy.IsSeparated(role) && TextAuthors.Contains(Actor.UserId)
                        ? new EditorialDomainException($"You wrote text in this article, so you cannot give its {role} sign-off.")
                        : null;

    /// <summary>Throws the refusal to perform, if any.</summary>
    public void EnsureMayPerform(TransitionDefinition transition) => ThrowIf(RefusalToPerform(transition));

    /// <summary>Throws the refusal to sign off, if any.</summary>
    public void EnsureMaySignOff(TransitionDefinition transition, string role) => ThrowIf(RefusalToSignOff(transition, role));

    /// <summary>
    /// Everything <see cref="Actor"/> may do now, in a stable order: the article actions, then the
    /// transitions they perform, then the sign-offs they may give. Whether a sign-off would repeat one
    /// they already gave is a matter of the article's state, not of eligibility, and is not looked at.
    /// </summary>
    public IReadOnlyList<PossibleAction> PossibleActions()
    {
        var actions = Enum.GetValues<ArticleAction>().Where(May)
            .Select(a => new PossibleAction(PossibleAction.KindOf(a), null, null, Labels[a]))
            .ToList();
        foreach (var transition in Policy.From(Stage.Name))
        {
            if (RefusalToPerform(transition) is null)
            {
                actions.Add(new PossibleAction(PossibleAction.Perform, transition.Name, null, transition.Label));
            }

            actions.AddRange(transition.RequiredSignOffs.Keys
                .Where(role => RefusalToSignOff(transition, role) is null)
                .Select(role => new PossibleAction(PossibleAction.SignOff, transition.Name, role, $"Sign off as {role}")));
        }

        return actions;
    }

    private Exception? StageRefusal(ArticleAction action) => action switch
    {
        ArticleAction.Edit when Stage.TextReadOnly =>
            new EditorialDomainException($"This article is {Stage.Label.ToLowerInvariant()}, so its text is read-only. A manager must reopen it first."),
        ArticleAction.FlagClaim when Stage.TextReadOnly =>
            new EditorialDomainException($"This article is {Stage.Label.ToLowerInvariant()}: a manager must reopen it before a new claim is flagged."),
        ArticleAction.Suggest when Stage.TextReadOnly =>
            new EditorialDomainException($"This article is {Stage.Label.ToLowerInvariant()}, so its text is read-only: a manager must reopen it before changes are suggested."),
        ArticleAction.DecideChanges when Stage.TextReadOnly =>
            new EditorialDomainException($"This article is {Stage.Label.ToLowerInvariant()}, so its changes cannot be decided now."),
        _ => null,
    };

    private static void ThrowIf(Exception? refusal)
    {
        if (refusal is not null)
        {
            throw refusal;
        }
    }
}

using Editorial.Web.Features.Articles;

namespace Editorial.Web.Features.Dashboard;

/// <summary>The signed-in user's start page: what waits for them, and how many articles each stage holds.</summary>
/// <param name="NeedsMyAction">Articles waiting for this user, each with why.</param>
/// <param name="StageCounts">Articles per stage, in the policy's order.</param>
public sealed record DashboardView(IReadOnlyList<QueueItem> NeedsMyAction, IReadOnlyList<StageCount> StageCounts);

/// <summary>An article waiting for the user.</summary>
/// <param name="Article">The article.</param>
/// <param name="Reason">Why it waits for them ("Needs your FactChecker sign-off").</param>
/// <param name="SignOffInvalidated">Whether an edit invalidated their sign-off (then "what changed" applies).</param>
/// <param name="Action">What they are to do: the transition to perform ("submit") or to sign off ("approve").</param>
/// <param name="Role">For a sign-off, the role to sign in; null otherwise.</param>
public sealed record QueueItem(ArticleListItem Article, string Reason, bool SignOffInvalidated, string Action, string? Role);

/// <summary>How many articles are in a stage.</summary>
public sealed record StageCount(string Stage, string Label, long Count);

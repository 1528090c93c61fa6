using Editorial.Infrastructure.Events;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// The parts of the article page that read their own data: what a live event makes stale
/// (<see cref="ChangedBy"/>), so an open page re-reads only those.
/// </summary>
[Flags]
public enum ArticleParts
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The text and what depends on its stage (may it be edited).</summary>
    Text = 1,

    /// <summary>The workflow panel: stage, sign-offs, gates, assignment.</summary>
    Workflow = 2,

    /// <summary>The timeline (the audit log).</summary>
    Timeline = 4,

    /// <summary>The comment threads.</summary>
    Comments = 8,

    /// <summary>The claims (and, when shown, the check-worthy sentences).</summary>
    Claims = 16,

    /// <summary>The suggestions (proposals by others, shown in the text).</summary>
    Suggestions = 32,

    /// <summary>Everything.</summary>
    All = Text | Workflow | Timeline | Comments | Claims | Suggestions,
}

/// <summary>Which parts each kind of change makes stale.</summary>
public static class ArticlePartsOf
{
    /// <summary>
    /// The parts a change of <paramref name="kind"/> (the save pipeline's change kinds) makes stale.
    /// Every change is in the timeline and may open or close a gate (the workflow panel). A change of
    /// text moves every comment and claim; a workflow change decides what may be edited and flagged.
    /// An unknown kind, or a resync after missed events, re-reads everything.
    /// </summary>
    public static ArticleParts ChangedBy(string kind) => kind switch
    {
        ArticleChanged.Presence => ArticleParts.None,
        "Workflow" => ArticleParts.Text | ArticleParts.Workflow | ArticleParts.Timeline | ArticleParts.Claims | ArticleParts.Suggestions,
        "Annotations" => ArticleParts.Comments | ArticleParts.Workflow | ArticleParts.Timeline,
        "Claims" => ArticleParts.Claims | ArticleParts.Workflow | ArticleParts.Timeline,
        // A proposal typed (no log entry) or a suggestion rejected (one).
        "Suggestions" => ArticleParts.Suggestions | ArticleParts.Timeline,
        _ => ArticleParts.All,
    };
}

namespace Editorial.Domain.Workflow;

/// <summary>
/// What someone can do to an article besides moving it between stages (transitions and sign-offs are
/// named by the <see cref="WorkflowPolicy"/>). <see cref="Eligibility"/> says who may do each, and when.
/// </summary>
public enum ArticleAction
{
    /// <summary>Write the text: save, merge, restore an old revision.</summary>
    Edit,

    /// <summary>Comment on a passage, reply, resolve or re-attach a thread.</summary>
    Comment,

    /// <summary>Flag a new claim on a passage.</summary>
    FlagClaim,

    /// <summary>Change a claim's claimant, notes and assignee.</summary>
    DescribeClaim,

    /// <summary>Check a claim: verdicts, sources, dismissing, re-attaching.</summary>
    CheckClaim,

    /// <summary>Accept or reject tracked changes.</summary>
    DecideChanges,

    /// <summary>Assign the fact-checker and the manager, and set the due date.</summary>
    Assign,

    /// <summary>
    /// Suggest changes to the text (a proposal others see live and an Editor accepts or rejects). Accepting
    /// a suggestion writes the text, so it is <see cref="Edit"/>.
    /// </summary>
    Suggest,

    /// <summary>Set, move or lift the embargo: the time before which an approved article is not handed off.</summary>
    SetEmbargo,
}

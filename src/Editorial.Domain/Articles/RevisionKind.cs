namespace Editorial.Domain.Articles;

/// <summary>What produced a revision.</summary>
public enum RevisionKind
{
    /// <summary>Text brought in from outside (seed file, API import).</summary>
    Import,

    /// <summary>A user saved the editor.</summary>
    Edit,

    /// <summary>A tracked change was accepted.</summary>
    Accept,

    /// <summary>A tracked change was rejected, reverting it in the current text.</summary>
    Reject,

    /// <summary>Concurrent edits were merged.</summary>
    Merge,

    /// <summary>An old revision was restored as the new current text.</summary>
    Restore,

    /// <summary>
    /// A suggestion was accepted: the words are the suggester's (its author), an Editor took them in
    /// (named in the summary). Whether that makes the suggester a writer of the article, for separation
    /// of duties, is <see cref="Workflow.WorkflowPolicy.AcceptedSuggestionsCountAsWriting"/>.
    /// </summary>
    Suggestion,
}

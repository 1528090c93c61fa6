namespace Editorial.Web.Features.Changes;

/// <summary>How the tracked-changes page shows the text.</summary>
public enum ChangesViewMode
{
    /// <summary>Deletions struck through and insertions underlined, each with accept and reject.</summary>
    Markup,

    /// <summary>The current text, as if every change were accepted.</summary>
    Final,

    /// <summary>The accepted text, as if every change were rejected.</summary>
    Original,
}

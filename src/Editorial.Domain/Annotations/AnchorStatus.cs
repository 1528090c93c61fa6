namespace Editorial.Domain.Annotations;

/// <summary>How an anchor relates to the current text.</summary>
public enum AnchorStatus
{
    /// <summary>On the same words as when it was made (edits elsewhere only shift it).</summary>
    Exact,

    /// <summary>Its words were moved (deleted here, inserted elsewhere) and it followed them.</summary>
    Moved,

    /// <summary>Its words were edited; it covers the new wording, and the original quote is kept.</summary>
    TextChanged,

    /// <summary>Its words are gone; it is shown in the orphans list and can be re-attached by hand.</summary>
    Orphaned,
}

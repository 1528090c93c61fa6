namespace Editorial.Domain.Annotations;

/// <summary>Whether a comment thread still needs attention.</summary>
public enum ThreadStatus
{
    /// <summary>Open: counts for the "no open comments" gate.</summary>
    Open,

    /// <summary>Resolved; can be reopened.</summary>
    Resolved,
}

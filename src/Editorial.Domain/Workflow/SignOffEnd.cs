namespace Editorial.Domain.Workflow;

/// <summary>Why a sign-off stopped counting.</summary>
public enum SignOffEnd
{
    /// <summary>The text changed after it was given.</summary>
    TextChanged,

    /// <summary>The same person gave a newer decision.</summary>
    Superseded,

    /// <summary>The article left the stage (sent back or reopened).</summary>
    StageLeft,
}

namespace Editorial.Domain.Workflow;

/// <summary>What a reviewer decided about the text they read.</summary>
public enum SignOffDecision
{
    /// <summary>The text is fine for this role.</summary>
    Approve,

    /// <summary>The text needs changes first; blocks the transition while it stands.</summary>
    RequestChanges,
}

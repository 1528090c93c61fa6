namespace Editorial.Domain.Workflow;

/// <summary>The text changed after the user read it; they must read the new text before deciding.</summary>
public sealed class StaleTextException(string message) : Exception(message);

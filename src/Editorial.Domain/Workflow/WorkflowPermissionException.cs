namespace Editorial.Domain.Workflow;

/// <summary>The actor lacks the role the workflow action needs.</summary>
public sealed class WorkflowPermissionException(string message) : Exception(message);

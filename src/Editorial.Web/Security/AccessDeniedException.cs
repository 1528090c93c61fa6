namespace Editorial.Web.Security;

/// <summary>The user lacks the role an action needs. Services throw it; the UI and the API report it.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);

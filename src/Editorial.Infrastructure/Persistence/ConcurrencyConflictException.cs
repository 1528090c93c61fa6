namespace Editorial.Infrastructure.Persistence;

/// <summary>Someone else changed the thing first; the user's action was not applied and nothing
/// was half-done. The UI keeps what the user typed and offers to reload.</summary>
/// <param name="message">What the user is told.</param>
/// <param name="cause">The database's own error, when there was one.</param>
public sealed class ConcurrencyConflictException(string message, Exception? cause = null) : Exception(message, cause);

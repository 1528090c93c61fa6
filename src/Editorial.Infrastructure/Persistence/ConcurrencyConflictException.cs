namespace Editorial.Infrastructure.Persistence;

/// <summary>Someone else changed the thing first; the user's action was not applied and nothing
/// was half-done. The UI keeps what the user typed and offers to reload.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);

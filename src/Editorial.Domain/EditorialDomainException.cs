namespace Editorial.Domain;

/// <summary>
/// A rule of the newsroom was broken. The message is a sentence a user can read; services show it
/// as is and the API returns it as the problem detail.
/// </summary>
public sealed class EditorialDomainException(string message) : Exception(message);

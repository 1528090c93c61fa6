namespace Editorial.Domain;

/// <summary>
/// The identity of something a user adds (a comment, a reply, a source) may be chosen by their
/// client when the user begins the action, so that the same action tried again — after a dropped
/// connection left its outcome unknown — is recognised as already done instead of being added twice.
/// </summary>
public static class ClientChosenId
{
    /// <summary><paramref name="chosen"/>, or a new id when the client chose none.</summary>
    /// <exception cref="EditorialDomainException">The empty id.</exception>
    public static Guid OrNew(Guid? chosen) => chosen switch
    {
        null => Guid.CreateVersion7(),
        { } id when id == Guid.Empty => throw new EditorialDomainException("An id must not be empty."),
        { } id => id,
    };
}

using Editorial.Domain;
using Editorial.Domain.Annotations;

namespace Editorial.Domain.Tests;

/// <summary>What a user adds may carry the id their client chose, so that a second try is recognised.</summary>
public sealed class ClientChosenIdTests
{
    [Fact]
    public void AChosenIdIsKept_NoneGetsANewOne_AndTheEmptyIdIsRefused()
    {
        var chosen = Guid.CreateVersion7();

        Assert.Equal(chosen, ClientChosenId.OrNew(chosen));
        Assert.NotEqual(ClientChosenId.OrNew(null), ClientChosenId.OrNew(null));
        Assert.Throws<EditorialDomainException>(() => ClientChosenId.OrNew(Guid.Empty));
    }

    [Fact]
    public void ACommentAndItsReply_TakeTheIdsChosenForThem()
    {
        var (threadId, replyId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var thread = Annotation.Open(Guid.CreateVersion7(), "Over 6,000 of them were killed.", 1, 5, 10, "erin", "Source?", [], DateTime.UtcNow, threadId);
        var reply = thread.Reply("farid", "On it.", [], DateTime.UtcNow, replyId);

        Assert.Equal((threadId, replyId), (thread.Id, reply.Id));
    }
}

using System.Text.Json;
using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Audit;
using Editorial.Domain.Claims;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Audit;

namespace Editorial.IntegrationTests.Audit;

/// <summary>Entries are read back once into the events they record, as the timeline tells them.</summary>
public class AuditPayloadTests
{
    private static readonly AuditKey Key = new("payload-test", new byte[32]);
    private static readonly DateTime At = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<ArticleEvent> Events => new()
    {
        new SignOffGiven("farid", At, Guid.NewGuid(), "approve", "FactChecker", SignOffDecision.RequestChanges, 3, "hash", "Source the figure."),
        new ArticleAssigned("maya", At, "farid", null, At.AddDays(2)),
        new CommentAdded("erin", At, Guid.NewGuid(), "memorial", 2, "Which one? @farid", ["farid"]),
        new ClaimStatusSet("farid", At, Guid.NewGuid(), ClaimStatus.InProgress, ClaimStatus.Verified, "Two sources agree.", 4, "over 6,000"),
        new AnchorStatusChanged(null, At, Guid.NewGuid(), AnchorStatus.Exact, AnchorStatus.Orphaned, 5, "old words", string.Empty),
        new ClaimAssigned("erin", At, Guid.NewGuid(), "farid", "over 6,000"),
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void AnEntry_ReadsBackAsTheEventItRecords(ArticleEvent happened)
    {
        var entry = AuditEvent.After(null, Key, Guid.NewGuid(), happened.ActorId, happened.At, happened.GetType().Name,
            JsonSerializer.Serialize(happened, happened.GetType(), AuditTrail.PayloadJson));

        var read = AuditTrail.Read(entry);

        Assert.IsType(happened.GetType(), read);
        Assert.Equal(JsonSerializer.Serialize(happened, happened.GetType(), AuditTrail.PayloadJson),
            JsonSerializer.Serialize(read, happened.GetType(), AuditTrail.PayloadJson));
    }

    [Fact]
    public void ASeal_ReadsBack_AndAnUnknownKindOrAnUnreadablePayload_ReadsAsNothing()
    {
        var head = AuditEvent.After(null, Key, Guid.NewGuid(), null, At, "Legacy", "{}");
        var unknown = AuditEvent.After(head, Key, head.ArticleId, null, At, "SomethingNew", "{}");
        var garbled = AuditEvent.After(head, Key, head.ArticleId, null, At, nameof(SignOffGiven), "{not json");

        var seal = Assert.IsType<ChainSealed>(AuditTrail.Read(AuditEvent.Seal(head, Key, At)));

        Assert.Equal(head.Sequence, seal.SealedEntries);
        Assert.Equal(head.Hash, seal.HeadHash);
        Assert.Null(AuditTrail.Read(unknown));
        Assert.Null(AuditTrail.Read(garbled));
    }
}

using System.Net;
using Editorial.Domain.Articles;
using Editorial.Domain.Annotations;
using Editorial.Domain.Webhooks;
using Editorial.Domain.Workflow;

namespace Editorial.Domain.Tests.Webhooks;

public sealed class WebhookRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TheSignature_IsTheStandardWebhooksSpecsOwnExample()
    {
        // The example in the Standard Webhooks specification and its reference libraries.
        var signature = WebhookSignature.Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void ASecret_IsNewEachTime_InTheWhsecForm()
    {
        var (a, b) = (WebhookSignature.NewSecret(), WebhookSignature.NewSecret());

        Assert.StartsWith("whsec_", a, StringComparison.Ordinal);
        Assert.Equal(24, Convert.FromBase64String(a["whsec_".Length..]).Length);
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("fc12:3456::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2001:db8::1")]
    [InlineData("ff02::1")]
    public void PrivateLoopbackAndLinkLocalAddresses_AreNotPublic(string address) =>
        Assert.False(OutboundAddress.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("::ffff:93.184.215.14")]
    public void InternetAddresses_ArePublic(string address) =>
        Assert.True(OutboundAddress.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void APrivateAddress_MayBeReached_OnlyThroughAHostTheAdministratorAllowed()
    {
        var loopback = IPAddress.Loopback;

        Assert.False(OutboundAddress.MayConnect("cms.internal", loopback, []));
        Assert.False(OutboundAddress.MayConnect("evil.example", loopback, ["cms.internal"]));
        Assert.True(OutboundAddress.MayConnect("CMS.internal", loopback, ["cms.internal"]));
    }

    [Theory]
    [InlineData("https://cms.example.org/hooks/editorial", null)]
    [InlineData("http://cms.example.org:8080/hook?x=1", null)]
    [InlineData("", "full address")]
    [InlineData("cms.example.org/hook", "starts with https")]
    [InlineData("file:///etc/passwd", "starts with https")]
    [InlineData("gopher://cms.example.org/", "starts with https")]
    [InlineData("https://admin:secret@cms.example.org/", "user name or password")]
    [InlineData("http://127.0.0.1:9000/", "private network")]
    [InlineData("http://[fd00::5]/", "private network")]
    [InlineData("http://localhost:9000/", "private network")]
    [InlineData("http://api.localhost/", "private network")]
    [InlineData("http://0x7f000001/", "private network")]
    public void AnEndpointAddress_IsCheckedWhenRegistered(string url, string? refusal)
    {
        if (refusal is null)
        {
            Assert.Equal(url, WebhookEndpoint.ValidUrl(url, []).OriginalString);
            return;
        }

        var error = Assert.Throws<EditorialDomainException>(() => WebhookEndpoint.ValidUrl(url, []));
        Assert.Contains(refusal, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEndpoint_WantsOnlyTheEventsItChose_WhileItIsOn()
    {
        var endpoint = new WebhookEndpoint("  CMS <b>handoff</b>\u202E ", "https://cms.example.org/hook", WebhookFormat.Standard,
            [WebhookEventTypes.ArticleApproved, WebhookEventTypes.ArticleCreated], active: true, "protected", "admin", Now, []);

        Assert.Equal("CMS <b>handoff</b>", endpoint.Name);
        Assert.Equal([WebhookEventTypes.ArticleCreated, WebhookEventTypes.ArticleApproved], endpoint.SubscribedEvents);
        Assert.True(endpoint.Wants(WebhookEventTypes.ArticleApproved));
        Assert.False(endpoint.Wants(WebhookEventTypes.CommentAdded));
        endpoint.Change("CMS", "https://cms.example.org/hook", WebhookFormat.Standard, [WebhookEventTypes.ArticleApproved], active: false, Now, []);
        Assert.False(endpoint.Wants(WebhookEventTypes.ArticleApproved));
        Assert.Throws<EditorialDomainException>(() => endpoint.Change("CMS", "https://cms.example.org/hook", WebhookFormat.Standard, [], true, Now, []));
        Assert.Throws<EditorialDomainException>(() => endpoint.Change("CMS", "https://cms.example.org/hook", WebhookFormat.Standard, ["article.deleted"], true, Now, []));
        Assert.Throws<EditorialDomainException>(() => endpoint.Change(new string('x', 101), "https://cms.example.org/hook", WebhookFormat.Standard, [WebhookEventTypes.ArticleApproved], true, Now, []));
    }

    [Fact]
    public void EachStepOfTheWorkflow_IsTheEventTypeItsName()
    {
        var policy = WorkflowPolicy.Default;
        string? TypeOf(ArticleEvent e) => WebhookEventTypes.Of(e, policy);

        Assert.Equal(WebhookEventTypes.ArticleCreated, TypeOf(new ArticleCreated("u", Now, "T", Stages.Draft, false)));
        Assert.Equal(WebhookEventTypes.ArticleSubmitted, TypeOf(new StageChanged("u", Now, "submit", Stages.Draft, Stages.SourcingCheck, "", false)));
        Assert.Equal(WebhookEventTypes.ArticleSentBack, TypeOf(new StageChanged("u", Now, "send-back", Stages.SourcingCheck, Stages.Draft, "Fix it", false)));
        Assert.Equal(WebhookEventTypes.ArticleApproved, TypeOf(new StageChanged("u", Now, "approve", Stages.SourcingCheck, Stages.Approved, "", true)));
        Assert.Equal(WebhookEventTypes.ArticleReopened, TypeOf(new StageChanged("u", Now, "reopen", Stages.Approved, Stages.Draft, "Error", false)));
        Assert.Equal(WebhookEventTypes.SignOffInvalidated,
            TypeOf(new SignOffEnded("u", Now, Guid.NewGuid(), "s", "FactChecker", "approve", SignOffEnd.TextChanged, 3)));
        Assert.Null(TypeOf(new SignOffEnded("u", Now, Guid.NewGuid(), "s", "FactChecker", "approve", SignOffEnd.Superseded, null)));
        Assert.Equal(WebhookEventTypes.CommentResolved, TypeOf(new CommentThreadStatusChanged("u", Now, Guid.NewGuid(), ThreadStatus.Resolved)));
        Assert.Null(TypeOf(new CommentThreadStatusChanged("u", Now, Guid.NewGuid(), ThreadStatus.Open)));
        Assert.Null(TypeOf(new TextRevised("u", Now, 2, "hash", "Edited")));
    }
}

using System.Security.Claims;
using Editorial.Infrastructure.Events;
using Editorial.Web.Features;
using Editorial.Web.Features.Articles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Editorial.Web.Tests.Features.Articles;

/// <summary>The bar owns its part of the article page: it says the reader is here and follows who comes and goes.</summary>
public sealed class PresenceBarTests : ComponentTestContext
{
    private static readonly Guid Article = Guid.CreateVersion7();
    private readonly InProcessArticleEvents _events = new(NullLogger<InProcessArticleEvents>.Instance);
    private readonly PresenceTracker _presence;
    private readonly LiveConnection _connection = new();

    public PresenceBarTests()
    {
        _presence = new PresenceTracker(_events);
        Context.Services.AddSingleton<IArticleEvents>(_events);
        Context.Services.AddSingleton(_presence);
        Context.Services.AddSingleton(_connection);
        Context.AddAuthorization().SetAuthorized("me@editorial.test").SetClaims(new Claim(ClaimTypes.NameIdentifier, "me"));
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void ShowsTheOthers_AndWhoIsEditing_NotMe()
    {
        using var erin = _presence.Join(Article, new Presence("erin", "Erin Editor", IsEditing: true));
        using var farid = _presence.Join(Article, new Presence("farid", "Farid", IsEditing: false));

        var bar = Context.Render<PresenceBar>(p => p.Add(b => b.ArticleId, Article));

        var text = bar.Find("[data-testid=presence]").TextContent;
        Assert.Contains("Erin Editor (editing)", text, StringComparison.Ordinal);
        Assert.Contains("Farid", text, StringComparison.Ordinal);
        Assert.DoesNotContain("me@editorial.test", text, StringComparison.Ordinal);
        Assert.Contains(_presence.Of(Article), p => p.UserId == "me");
    }

    [Fact]
    public void Alone_ShowsNothing() =>
        Assert.Empty(Context.Render<PresenceBar>(p => p.Add(b => b.ArticleId, Article)).Markup.Trim());

    [Fact]
    public void FollowsWhoComesAndGoes_AndLeavesWhenClosed()
    {
        var bar = Context.Render<PresenceBar>(p => p.Add(b => b.ArticleId, Article));

        var erin = _presence.Join(Article, new Presence("erin", "Erin Editor", IsEditing: false));
        bar.WaitForAssertion(() => Assert.Contains("Erin Editor", bar.Find("[data-testid=presence]").TextContent, StringComparison.Ordinal));
        erin.Dispose();
        bar.WaitForAssertion(() => Assert.Empty(bar.Markup.Trim()));

        bar.Instance.Dispose();
        Assert.DoesNotContain(_presence.Of(Article), p => p.UserId == "me");
    }

    [Fact]
    public void AnotherArticle_LeavesTheFirst()
    {
        var other = Guid.CreateVersion7();
        var bar = Context.Render<PresenceBar>(p => p.Add(b => b.ArticleId, Article));

        bar.Render(p => p.Add(b => b.ArticleId, other));

        Assert.DoesNotContain(_presence.Of(Article), p => p.UserId == "me");
        Assert.Contains(_presence.Of(other), p => p.UserId == "me");
    }

    [Fact]
    public async Task AClosedTab_IsNotHere_UntilItsConnectionComesBack()
    {
        Context.Render<PresenceBar>(p => p.Add(b => b.ArticleId, Article));
        Assert.Contains(_presence.Of(Article), p => p.UserId == "me");

        // The circuit outlives the closed tab for minutes; the connection says at once that it is gone.
        await _connection.OnConnectionDownAsync(null!, CancellationToken.None);
        Assert.DoesNotContain(_presence.Of(Article), p => p.UserId == "me");

        await _connection.OnConnectionUpAsync(null!, CancellationToken.None);
        Assert.Contains(_presence.Of(Article), p => p.UserId == "me");
    }
}

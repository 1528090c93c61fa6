using Editorial.Web.Components.Layout;
using Editorial.Web.Security;

namespace Editorial.Web.Tests.Components.Layout;

/// <summary>The menu offers each link to those its policy lets in, and to no one else.</summary>
public sealed class NavMenuTests : ComponentTestContext
{
    private string[] LinksFor(params string[] policies)
    {
        Context.AddAuthorization().SetAuthorized("someone@editorial.test").SetPolicies(policies);
        return [.. Context.Render<NavMenu>().FindAll("a").Where(a => a.Closest(".d-sm-none") is null).Select(a => a.TextContent.Trim())];
    }

    [Fact]
    public void AReader_SeesArticlesAndSearch() =>
        Assert.Equal(["Articles", "Search"], LinksFor(Policies.ReadArticles));

    [Fact]
    public void AWriter_AlsoSeesNewArticle() =>
        Assert.Equal(["Articles", "Search", "New article"], LinksFor(Policies.ReadArticles, Policies.WriteArticles));

    [Fact]
    public void AnAdministrator_AlsoSeesUsersTheSecurityLogWebhooksAndEmailDeliveries() =>
        Assert.Equal(["Articles", "Search", "New article", "Users", "Security log", "Webhooks", "E-mail deliveries"],
            LinksFor(Policies.ReadArticles, Policies.WriteArticles, Policies.ManageUsers));

    [Fact]
    public void SomeoneNoPolicyLetsIn_SeesNoLinks() =>
        Assert.Empty(LinksFor());

    [Fact]
    public void OnAPhone_EveryoneSignedIn_FindsTheAccountLinksHere()
    {
        Context.AddAuthorization().SetAuthorized("someone@editorial.test");

        var phoneOnly = Context.Render<NavMenu>().Find(".d-sm-none");

        Assert.Equal(["Notification e-mails", "Change password", "API tokens"], phoneOnly.QuerySelectorAll("a").Select(a => a.TextContent.Trim()));
    }
}

using Editorial.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Editorial.Web.Tests.Components;

public class PageErrorBoundaryTests : ComponentTestContext
{
    [Fact]
    public void AFailingPage_IsReplacedByAnAlert_AndTryAgainShowsItAfresh()
    {
        var boundary = Context.Render<PageErrorBoundary>(p => p.AddChildContent<Panel>());

        boundary.Find("[data-testid=panel] button").Click();

        var alert = boundary.Find("[data-testid=page-failed]");
        Assert.Equal("alert", alert.GetAttribute("role"));
        Assert.Empty(boundary.FindAll("[data-testid=panel]"));

        boundary.Find("[data-testid=page-retry]").Click();

        Assert.Single(boundary.FindAll("[data-testid=panel]"));
        Assert.Empty(boundary.FindAll("[data-testid=page-failed]"));
    }

    [Fact]
    public void WhileTheDatabaseIsUnreachable_ThePageSaysSoCalmly_AndComesBackByItself()
    {
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var boundary = Context.Render<PageErrorBoundary>(p => p
            .Add(b => b.RetryEvery, TimeSpan.FromMilliseconds(500))
            .AddChildContent<Panel>(c => c.Add(x => x.DatabaseGone, true)));

        boundary.Find("[data-testid=panel] button").Click();

        var notice = boundary.Find("[data-testid=database-unreachable]");
        Assert.Equal("status", notice.GetAttribute("role"));
        Assert.Empty(boundary.FindAll("[data-testid=page-failed]"));
        boundary.WaitForAssertion(() => Assert.Single(boundary.FindAll("[data-testid=panel]")), TimeSpan.FromSeconds(5));
    }

    // A panel that fails once its button is clicked, the way a failing service call in a page would;
    // shown afresh, it is a new panel that has not failed.
    private sealed class Panel : ComponentBase
    {
        private bool _clicked;

        [Parameter]
        public bool DatabaseGone { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            if (_clicked)
            {
                throw DatabaseGone ? new System.Net.Sockets.SocketException(111) : new InvalidOperationException("The panel failed.");
            }

            builder.OpenElement(0, "div");
            builder.AddAttribute(1, "data-testid", "panel");
            builder.OpenElement(2, "button");
            builder.AddAttribute(3, "onclick", EventCallback.Factory.Create(this, () => _clicked = true));
            builder.AddContent(4, "Act");
            builder.CloseElement();
            builder.CloseElement();
        }
    }
}

using Editorial.Infrastructure.Events;
using Editorial.Web.Features.Articles;

namespace Editorial.Web.Tests.Features.Articles;

public sealed class ArticlePartsTests
{
    [Theory]
    [InlineData("Presence", ArticleParts.None)]
    [InlineData("Annotations", ArticleParts.Comments | ArticleParts.Workflow | ArticleParts.Timeline)]
    [InlineData("Claims", ArticleParts.Claims | ArticleParts.Workflow | ArticleParts.Timeline)]
    [InlineData("Workflow", ArticleParts.Text | ArticleParts.Workflow | ArticleParts.Timeline | ArticleParts.Claims | ArticleParts.Suggestions)]
    [InlineData("Suggestions", ArticleParts.Suggestions | ArticleParts.Timeline)]
    [InlineData("Text", ArticleParts.All)]
    [InlineData("Accepted", ArticleParts.All)]
    [InlineData(ArticleChanged.Resync, ArticleParts.All)]
    [InlineData("something new", ArticleParts.All)]
    public void AChange_MakesStaleWhatItCanAffect_AndAnUnknownOneEverything(string kind, ArticleParts stale) =>
        Assert.Equal(stale, ArticlePartsOf.ChangedBy(kind));
}

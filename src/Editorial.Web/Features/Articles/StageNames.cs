using Editorial.Domain.Articles;

namespace Editorial.Web.Features.Articles;

/// <summary>How stages are written for people.</summary>
public static class StageNames
{
    /// <summary>"Draft", "Sourcing check", "Approved".</summary>
    public static string Of(ArticleStage stage) => stage switch
    {
        ArticleStage.Draft => "Draft",
        ArticleStage.SourcingCheck => "Sourcing check",
        ArticleStage.Approved => "Approved",
        _ => stage.ToString(),
    };
}

namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// The addresses of the app's pages as people outside it follow them (in webhooks and mail): under
/// the app's public address (Hosting:PublicBaseUrl; in development, the address it listens on —
/// the web host supplies it), or as paths when there is none.
/// </summary>
public sealed class PublicLinks(Func<string?> baseUrl)
{
    /// <summary>An article's page.</summary>
    public string Article(Guid articleId) => Path(ArticlePaths.Article(articleId));

    /// <summary>Any page, by its path (starting with /).</summary>
    public string Path(string path) => (baseUrl() ?? string.Empty).TrimEnd('/') + path;
}

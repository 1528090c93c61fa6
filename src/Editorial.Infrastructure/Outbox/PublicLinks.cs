namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// The addresses of the app's pages as people outside it follow them (in webhooks and mail): under
/// the configured public base URL (<c>Hosting:PublicBaseUrl</c>), or as paths when none is set.
/// </summary>
public sealed class PublicLinks(string? baseUrl)
{
    private readonly string _base = (baseUrl ?? string.Empty).TrimEnd('/');

    /// <summary>An article's page.</summary>
    public string Article(Guid articleId) => Path($"/articles/{articleId}");

    /// <summary>Any page, by its path (starting with /).</summary>
    public string Path(string path) => _base + path;
}

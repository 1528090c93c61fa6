namespace Editorial.Testing;

/// <summary>The sample article the app imports in Development (seeds/).</summary>
public static class SampleArticle
{
    /// <summary>Its title, as the article list shows it.</summary>
    public const string Title = "Kim Jong Un drives a forklift at memorial for North Korean troops killed in Ukraine";
}

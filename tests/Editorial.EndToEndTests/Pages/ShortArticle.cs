namespace Editorial.EndToEndTests.Pages;

/// <summary>A three-paragraph article for tests that comment on, flag or lay out a few words of their own.</summary>
public static class ShortArticle
{
    /// <summary>Its text: "6,000 of them" and "the memorial" are the words the tests pick.</summary>
    public const string Body = "Kim visited the memorial on Monday.\nOver 6,000 of them were killed in combat.\nThe site is secret.";
}

using System.Text.RegularExpressions;

namespace Editorial.Web.Features.Annotations;

/// <summary>
/// @mentions in a comment: <c>@name</c> where name is the part of a colleague's e-mail address
/// before the @ (for example <c>@factchecker</c>). Unknown names are left as plain text.
/// </summary>
public static partial class Mentions
{
    /// <summary>The handles mentioned, lower-case, each once.</summary>
    public static IReadOnlyList<string> HandlesIn(string text) =>
        Handle().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('.', '-', '_').ToLowerInvariant()).Distinct().ToList();

    [GeneratedRegex(@"(?<![\w@.])@([A-Za-z0-9][A-Za-z0-9._-]{0,63})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Handle();
}

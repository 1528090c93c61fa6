using System.Security.Cryptography;
using System.Text;

namespace Editorial.Web.Features.Changes;

/// <summary>An author as the change views show them: name, and the colour every viewer sees them in.</summary>
/// <param name="UserId">The user; null for the system (imports).</param>
/// <param name="Name">Display name.</param>
/// <param name="Colour">Index into the author palette (CSS classes <c>author-0</c> … <c>author-7</c>).</param>
public sealed record ChangeAuthor(string? UserId, string Name, int Colour)
{
    /// <summary>Colours in the palette.</summary>
    public const int PaletteSize = 8;

    /// <summary>
    /// The author's colour: derived from the user id alone, so it is the same for every viewer, on
    /// every page and after every restart (a per-viewer order would paint one author two ways).
    /// </summary>
    public static int ColourOf(string? userId) =>
        userId is null ? 0 : (SHA256.HashData(Encoding.UTF8.GetBytes(userId))[0] % (PaletteSize - 1)) + 1;
}

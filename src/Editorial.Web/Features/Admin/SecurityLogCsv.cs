using System.Globalization;

namespace Editorial.Web.Features.Admin;

/// <summary>
/// The security log as CSV (RFC 4180). Cells that a spreadsheet would run as a formula (starting
/// with = + - @, tab or carriage return) get a leading apostrophe, so an exported log cannot carry a
/// formula someone typed into a token name or an email.
/// </summary>
public static class SecurityLogCsv
{
    /// <summary>The header line.</summary>
    public const string Header =
        "sequence,at,kind,actor_id,actor,subject_user_id,subject,client_address,details,key_id,previous_hash,hash";

    /// <summary>One entry as a line (without the line break).</summary>
    public static string Row(SecurityLogEntryView entry) => string.Join(',',
        Cell(entry.Sequence.ToString(CultureInfo.InvariantCulture)),
        Cell(entry.At.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)),
        Cell(entry.Kind.ToString()),
        Cell(entry.ActorId),
        Cell(entry.Actor),
        Cell(entry.SubjectUserId),
        Cell(entry.Subject),
        Cell(entry.ClientAddress),
        Cell(entry.DetailsJson),
        Cell(entry.KeyId),
        Cell(entry.PreviousHash),
        Cell(entry.Hash));

    /// <summary>One cell: neutralized if it could start a formula, quoted if it holds a comma, quote or line break.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}

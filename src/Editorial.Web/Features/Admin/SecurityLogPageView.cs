namespace Editorial.Web.Features.Admin;

/// <summary>A page of the security log, newest first.</summary>
/// <param name="Entries">The entries.</param>
/// <param name="NextBefore">The cursor of the next page; null when this is the last.</param>
public sealed record SecurityLogPageView(IReadOnlyList<SecurityLogEntryView> Entries, long? NextBefore);

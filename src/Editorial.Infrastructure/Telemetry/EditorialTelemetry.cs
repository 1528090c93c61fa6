using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Editorial.Infrastructure.Telemetry;

/// <summary>
/// The product's own traces and metrics (source and meter "Editorial"), next to what ASP.NET Core,
/// EF Core, Npgsql and the runtime report. Tags carry ids and names of kinds, never text or e-mail
/// addresses.
/// </summary>
public static class EditorialTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "Editorial";

    /// <summary>Spans of the product's own work (an article's save).</summary>
    public static ActivitySource Source { get; } = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Article changes saved, by kind ("Text", "Workflow", "Claims" …).</summary>
    public static Counter<long> Saves { get; } = Meter.CreateCounter<long>("editorial.saves", description: "Article changes saved, by kind.");

    /// <summary>Sign-offs given, by role and decision.</summary>
    public static Counter<long> SignOffs { get; } = Meter.CreateCounter<long>("editorial.signoffs", description: "Sign-offs given, by role and decision.");

    /// <summary>Stage transitions, by transition and whether sign-offs (or a gate opening after them) fired it.</summary>
    public static Counter<long> Transitions { get; } = Meter.CreateCounter<long>("editorial.transitions", description: "Stage transitions, by transition.");

    /// <summary>Changes refused because someone else's change won the race.</summary>
    public static Counter<long> Conflicts { get; } = Meter.CreateCounter<long>("editorial.conflicts", description: "Changes lost to a concurrent change.");

    /// <summary>Writes run again after the database was briefly unreachable or broke a deadlock before their commit.</summary>
    public static Counter<long> WriteRetries { get; } = Meter.CreateCounter<long>("editorial.write_retries", description: "Writes run again after a transient database failure before their commit.");

    /// <summary>Actions a rule, a role or a stale view refused, by the answer's status code.</summary>
    public static Counter<long> RefusedActions { get; } = Meter.CreateCounter<long>("editorial.refused_actions", description: "Actions refused, by status code.");

    /// <summary>Revisions whose diff compared some paragraphs whole (the work budget ran out).</summary>
    public static Counter<long> DiffFallbacks { get; } = Meter.CreateCounter<long>("editorial.diff.fallbacks", description: "Diffs that fell back to whole paragraphs.");

    /// <summary>Where comments and claims ended up after a new revision, by anchor status.</summary>
    public static Counter<long> AnchorOutcomes { get; } = Meter.CreateCounter<long>("editorial.anchor.outcomes", description: "Anchors carried through a revision, by status.");

    /// <summary>Open live connections (Blazor circuits).</summary>
    public static UpDownCounter<long> OpenCircuits { get; } = Meter.CreateUpDownCounter<long>("editorial.circuits.open", description: "Open live connections.");

    /// <summary>Live events handed to open pages (one per subscribed page).</summary>
    public static Counter<long> LiveEventDeliveries { get; } = Meter.CreateCounter<long>("editorial.live_events.delivered", description: "Live events handed to open pages.");

    /// <summary>
    /// How long an open page took to handle a live event, from the change being published in this process to
    /// the page having re-read what it made stale and rendered it (sending to the browser is not included).
    /// </summary>
    public static Histogram<double> LiveEventHandling { get; } = Meter.CreateHistogram<double>("editorial.live_events.handling",
        unit: "ms", description: "Time from a change being published to an open page having re-read and rendered it.");
}

using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Editorial.Web.Features;

/// <summary>
/// This browser tab's live connection (one per circuit): says when it comes back after a drop, so that a
/// page re-reads what it shows. The server keeps rendering while the browser is away and resends what it
/// missed, but a page must not rely on that alone to be current after a gap (docs/architecture.md §7).
/// </summary>
public sealed class LiveConnection : CircuitHandler
{
    private bool _down;

    /// <summary>Raised when the connection is back after a drop (not when it first opens).</summary>
    public event Func<Task>? Reconnected;

    /// <summary>
    /// Raised when the connection drops: the tab was closed, or its network went. The circuit is kept for
    /// minutes in case the browser comes back, but until it does nobody is looking at this page.
    /// </summary>
    public event Func<Task>? Dropped;

    /// <inheritdoc />
    public override async Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _down = true;
        await RaiseAsync(Dropped);
    }

    /// <inheritdoc />
    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (!_down)
        {
            return;
        }

        _down = false;
        await RaiseAsync(Reconnected);
    }

    private static async Task RaiseAsync(Func<Task>? handlers)
    {
        foreach (var handler in handlers?.GetInvocationList().Cast<Func<Task>>() ?? [])
        {
            await handler();
        }
    }
}

using System.Net;

namespace Editorial.Infrastructure.Outbox;

/// <summary>A webhook's host resolved only to addresses endpoints may not reach (see <see cref="Domain.Webhooks.OutboundAddress"/>).</summary>
public sealed class OutboundAddressRefusedException(string host, IReadOnlyCollection<IPAddress> addresses)
    : Exception($"Not sent: {host} is {(addresses.Count == 0 ? "not found" : string.Join(", ", addresses))}, on this machine or a private network, " +
                "which endpoints may not reach unless an administrator allows the host (Webhooks:AllowedPrivateHosts).");

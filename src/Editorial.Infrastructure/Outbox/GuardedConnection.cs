using System.Net;
using System.Net.Sockets;
using Editorial.Domain.Webhooks;

namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// Opens the connections webhooks are sent over, to public addresses only (or to a host an
/// administrator allowed): the check is made on the addresses the name resolves to at the moment of
/// connecting, so a name that points somewhere private — from the start, or only after it was
/// registered — is refused. Used as the <see cref="SocketsHttpHandler.ConnectCallback"/>.
/// </summary>
public static class GuardedConnection
{
    /// <summary>Resolves, checks and connects.</summary>
    /// <exception cref="OutboundAddressRefusedException">No address of the host may be reached.</exception>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, IReadOnlyCollection<string> allowedPrivateHosts,
        CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        var allowed = Allowed(endpoint.Host, addresses, allowedPrivateHosts);
        if (allowed.Length == 0)
        {
            throw new OutboundAddressRefusedException(endpoint.Host, addresses);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The addresses of <paramref name="host"/> that may be connected to.</summary>
    public static IPAddress[] Allowed(string host, IEnumerable<IPAddress> addresses, IReadOnlyCollection<string> allowedPrivateHosts) =>
        addresses.Where(a => OutboundAddress.MayConnect(host, a, allowedPrivateHosts)).ToArray();
}

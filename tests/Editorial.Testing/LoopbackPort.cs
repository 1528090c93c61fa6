using System.Net;
using System.Net.Sockets;

namespace Editorial.Testing;

/// <summary>Free ports on the loopback address, for servers a test starts itself.</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

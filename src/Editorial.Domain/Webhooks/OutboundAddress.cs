using System.Net;
using System.Net.Sockets;

namespace Editorial.Domain.Webhooks;

/// <summary>
/// Which addresses the server may send to on a user's say-so (server-side request forgery): only
/// public ones. Loopback, private, shared (carrier-grade NAT), link-local (cloud metadata lives at
/// 169.254.169.254), unique-local, multicast, broadcast, unspecified and reserved addresses are
/// refused, IPv4 written inside IPv6 included — unless an administrator allowed the host by name in
/// configuration (<c>Webhooks:AllowedPrivateHosts</c>). The decision is taken on the address actually
/// connected to, after name resolution, so a name that resolves to a private address is refused too.
/// </summary>
public static class OutboundAddress
{
    // IPv4 ranges that are not the public internet: (network, prefix length).
    private static readonly (uint Network, int Prefix)[] NotPublicV4 =
    [
        (0x00000000, 8),    // 0.0.0.0/8 "this network"
        (0x0A000000, 8),    // 10.0.0.0/8 private
        (0x64400000, 10),   // 100.64.0.0/10 shared address space (carrier-grade NAT)
        (0x7F000000, 8),    // 127.0.0.0/8 loopback
        (0xA9FE0000, 16),   // 169.254.0.0/16 link-local (cloud metadata)
        (0xAC100000, 12),   // 172.16.0.0/12 private
        (0xC0000000, 24),   // 192.0.0.0/24 protocol assignments
        (0xC0000200, 24),   // 192.0.2.0/24 documentation
        (0xC0A80000, 16),   // 192.168.0.0/16 private
        (0xC6120000, 15),   // 198.18.0.0/15 benchmarking
        (0xC6336400, 24),   // 198.51.100.0/24 documentation
        (0xCB007100, 24),   // 203.0.113.0/24 documentation
        (0xE0000000, 4),    // 224.0.0.0/4 multicast
        (0xF0000000, 4),    // 240.0.0.0/4 reserved, and the broadcast address
    ];

    /// <summary>Whether <paramref name="address"/> is on the public internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var bytes = address.GetAddressBytes();
            var value = (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
            return !NotPublicV4.Any(r => (value & (r.Prefix == 0 ? 0 : uint.MaxValue << (32 - r.Prefix))) == r.Network);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        var v6 = address.GetAddressBytes();
        var isUniqueLocal = (v6[0] & 0xFE) == 0xFC;                      // fc00::/7
        var isDocumentation = v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0x0D && v6[3] == 0xB8; // 2001:db8::/32
        var isNat64 = v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xFF && v6[3] == 0x9B;         // 64:ff9b::/96 can reach private IPv4
        var embedsV4 = v6.Take(12).All(b => b == 0);                      // ::a.b.c.d (deprecated), :: and ::1
        return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal || address.IsIPv6Multicast || isUniqueLocal || isDocumentation || isNat64 || embedsV4);
    }

    /// <summary>
    /// Whether a request to <paramref name="host"/> may be sent to <paramref name="address"/>: a
    /// public address, or any address of a host the administrator allowed by name.
    /// </summary>
    public static bool MayConnect(string host, IPAddress address, IReadOnlyCollection<string> allowedPrivateHosts) =>
        IsPublic(address) || allowedPrivateHosts.Contains(host, StringComparer.OrdinalIgnoreCase);
}

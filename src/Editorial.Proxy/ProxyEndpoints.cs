namespace Editorial.Proxy;

/// <summary>The proxy's own addresses, outside the app's paths.</summary>
public static class ProxyEndpoints
{
    /// <summary>Whether the proxy itself runs (its container's health check); the instances have their own.</summary>
    public const string Health = "/_proxy/health";
}

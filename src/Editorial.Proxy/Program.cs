namespace Editorial.Proxy;

/// <summary>
/// The reverse proxy in front of several Editorial instances (docker-compose.yml, profile
/// "scale-out"; docs/scale-out.md): sticky sessions for the live connection, active health checks so
/// that a stopped instance's users move to a running one, and the original Host and client address
/// passed on. Which instances, and everything else, come from configuration (appsettings.json).
/// </summary>
/// <remarks>A named class rather than top-level statements: the tests reference both this program and the app's.</remarks>
public static class ProxyProgram
{
    /// <summary>Runs the proxy until SIGTERM.</summary>
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        builder.Services.AddHealthChecks();

        var app = builder.Build();
        app.MapHealthChecks(ProxyEndpoints.Health);
        app.MapReverseProxy(proxy =>
        {
            // The default pipeline of MapReverseProxy(), plus the header naming the instance that answered.
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
            proxy.Use(InstanceHeader.AddAsync);
        });
        await app.RunAsync();
    }
}

using Editorial.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Npgsql;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Editorial.Web.Hosting;

/// <summary>
/// Traces, metrics and logs through OpenTelemetry: ASP.NET Core, EF Core (both providers), Npgsql,
/// the .NET runtime, and the product's own (<see cref="EditorialTelemetry"/>). Nothing leaves the
/// process unless an OTLP endpoint is configured (<c>Telemetry:OtlpEndpoint</c>, or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).
/// </summary>
public static class Observability
{
    /// <summary>Registers OpenTelemetry and the circuit counter.</summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["Telemetry:OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var export = !string.IsNullOrWhiteSpace(endpoint);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("editorial"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(EditorialTelemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    // On PostgreSQL, Npgsql's own spans describe each command; EF Core's would repeat them.
                    .AddEntityFrameworkCoreInstrumentation(o => o.Filter = (provider, _) => provider != "Npgsql.EntityFrameworkCore.PostgreSQL")
                    .AddNpgsql();
                if (export)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint!));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(EditorialTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation();
                if (export)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint!));
                }
            });
        if (export)
        {
            telemetry.WithLogging(logging => logging.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint!)));
        }

        builder.Services.AddSingleton<CircuitHandler, CircuitCounter>();
        return builder;
    }

    /// <summary>Counts open live connections (<see cref="EditorialTelemetry.OpenCircuits"/>).</summary>
    private sealed class CircuitCounter : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            EditorialTelemetry.OpenCircuits.Add(1);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            EditorialTelemetry.OpenCircuits.Add(-1);
            return Task.CompletedTask;
        }
    }
}

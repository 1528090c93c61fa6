using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Editorial.Testing;

/// <summary>
/// A real HTTP server on the loopback address that takes webhook deliveries, as a newsroom's CMS
/// would: it keeps every request (headers and body, in arrival order) and answers as the test says —
/// a status, after a pause, with a body of some size.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private WebhookReceiver(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The address deliveries are posted to.</summary>
    public string Url { get; }

    /// <summary>How the receiver answers the request it got as number n (1 for the first); 204 at once by default.</summary>
    public Func<int, ReceiverAnswer> Answer { get; set; } = _ => new ReceiverAnswer(204);

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Received => _received.ToList();

    /// <summary>Starts a receiver at <c>http://127.0.0.1:{free port}/hook</c>.</summary>
    public static async Task<WebhookReceiver> StartAsync()
    {
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, $"http://127.0.0.1:{port}/hook");
        app.MapPost("/hook", receiver.TakeAsync);
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until <paramref name="done"/> holds of what arrived (at most <paramref name="seconds"/>).</summary>
    public async Task<IReadOnlyList<ReceivedRequest>> WaitForAsync(Func<IReadOnlyList<ReceivedRequest>, bool> done, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!done(Received))
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"The receiver got {Received.Count} requests, not what the test waited for: " +
                    string.Join(" | ", Received.Select(r => $"{r.Status} {r.Body[..Math.Min(120, r.Body.Length)]}")));
            }

            await Task.Delay(50);
        }

        return Received;
    }

    private async Task TakeAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var answer = Answer(_received.Count + 1);
        _received.Enqueue(new ReceivedRequest(new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value)), body, answer.Status));
        if (answer.Delay > TimeSpan.Zero)
        {
            await Task.Delay(answer.Delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        context.Response.StatusCode = answer.Status;
        if (answer.BodyBytes > 0 && !context.RequestAborted.IsCancellationRequested)
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'x');
            try
            {
                for (long sent = 0; sent < answer.BodyBytes; sent += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // The sender stopped reading: as it should, past what it keeps.
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>What the receiver answers.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Delay">How long it waits before answering.</param>
/// <param name="BodyBytes">How big a body it sends.</param>
public sealed record ReceiverAnswer(int Status, TimeSpan Delay = default, long BodyBytes = 0);

/// <summary>A request the receiver got.</summary>
/// <param name="Headers">Its headers.</param>
/// <param name="Body">Its body.</param>
/// <param name="Status">What the receiver answered.</param>
public sealed record ReceivedRequest(IHeaderDictionary Headers, string Body, int Status)
{
    /// <summary>The <c>webhook-id</c>.</summary>
    public string WebhookId => Headers["webhook-id"].ToString();

    /// <summary>Whether the receiver took it.</summary>
    public bool Taken => Status is >= 200 and < 300;
}

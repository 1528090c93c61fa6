using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Editorial.IntegrationTests.Mail;

/// <summary>A real SMTP conversation on the loopback address with a server that refuses every recipient (550), as a mail server does for an unknown mailbox.</summary>
internal sealed class RefusingSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public RefusingSmtpServer()
    {
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many recipients were refused.</summary>
    public int Refused { get; private set; }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using (client)
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 refusing.test ESMTP");
                while (await reader.ReadLineAsync() is { } line)
                {
                    var command = line.Split(' ')[0].ToUpperInvariant();
                    if (command is "EHLO" or "HELO")
                    {
                        await writer.WriteLineAsync("250 refusing.test");
                    }
                    else if (command == "RCPT")
                    {
                        Refused++;
                        await writer.WriteLineAsync("550 5.1.1 No such user here");
                    }
                    else if (command == "QUIT")
                    {
                        await writer.WriteLineAsync("221 Bye");
                        break;
                    }
                    else
                    {
                        await writer.WriteLineAsync(command == "RSET" || command == "MAIL" || command == "NOOP" ? "250 OK" : "503 Bad sequence");
                    }
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving.ContinueWith(_ => { }, TaskScheduler.Default);
    }
}

namespace Editorial.Infrastructure.Outbox;

/// <summary>One attempt to send an outbox message: the delivery log an administrator reads.</summary>
public sealed class OutboxAttempt
{
    private OutboxAttempt()
    {
    }

    /// <summary>Records an attempt.</summary>
    public OutboxAttempt(Guid messageId, int number, DateTime at, int durationMs, int? statusCode, bool succeeded, string? error, string? response)
    {
        Id = Guid.CreateVersion7();
        MessageId = messageId;
        Number = number;
        At = at;
        DurationMs = durationMs;
        StatusCode = statusCode;
        Succeeded = succeeded;
        Error = error;
        Response = response;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The message.</summary>
    public Guid MessageId { get; private set; }

    /// <summary>1 for the first attempt, then on.</summary>
    public int Number { get; private set; }

    /// <summary>When it started (UTC).</summary>
    public DateTime At { get; private set; }

    /// <summary>How long it took, to the response or the failure.</summary>
    public int DurationMs { get; private set; }

    /// <summary>The receiver's HTTP status; null when there was no response.</summary>
    public int? StatusCode { get; private set; }

    /// <summary>Whether the receiver took it (a 2xx).</summary>
    public bool Succeeded { get; private set; }

    /// <summary>Why it failed, when it did.</summary>
    public string? Error { get; private set; }

    /// <summary>The start of the response body (at most <see cref="MaxResponseLength"/> characters).</summary>
    public string? Response { get; private set; }

    /// <summary>How much of a response is kept.</summary>
    public const int MaxResponseLength = 2000;
}

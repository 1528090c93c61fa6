using Editorial.Web.Features;

namespace Editorial.Web.Tests.Features;

public sealed class LiveConnectionTests
{
    [Fact]
    public async Task OnlyAConnectionBackAfterADrop_IsAReconnect()
    {
        var connection = new LiveConnection();
        var reconnects = 0;
        connection.Reconnected += () =>
        {
            reconnects++;
            return Task.CompletedTask;
        };

        // The circuit itself is not read: the handler only follows the connection's ups and downs.
        await connection.OnConnectionUpAsync(null!, CancellationToken.None);
        Assert.Equal(0, reconnects);

        await connection.OnConnectionDownAsync(null!, CancellationToken.None);
        await connection.OnConnectionUpAsync(null!, CancellationToken.None);
        Assert.Equal(1, reconnects);

        await connection.OnConnectionUpAsync(null!, CancellationToken.None);
        Assert.Equal(1, reconnects);
    }

    [Fact]
    public async Task EveryPageThatListens_IsTold()
    {
        var connection = new LiveConnection();
        var told = new List<string>();
        connection.Reconnected += () =>
        {
            told.Add("page");
            return Task.CompletedTask;
        };
        connection.Reconnected += () =>
        {
            told.Add("bell");
            return Task.CompletedTask;
        };

        await connection.OnConnectionDownAsync(null!, CancellationToken.None);
        await connection.OnConnectionUpAsync(null!, CancellationToken.None);

        Assert.Equal(["page", "bell"], told);
    }
}

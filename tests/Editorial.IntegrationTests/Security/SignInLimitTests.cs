using System.Net;
using Editorial.Infrastructure.Identity;
using Editorial.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Editorial.IntegrationTests.Security;

/// <summary>
/// Sign-in cannot be sprayed or used to list accounts: limits per client address and per account
/// (429 with Retry-After), the same answer after the same work for unknown, wrong and locked, and no
/// email address in the log.
/// </summary>
public abstract class SignInLimitTests(ITestDatabase database)
{
    private EditorialAppFactory AppWith(int perAddress, int perAccount) => database.App(settings: new Dictionary<string, string?>
    {
        ["SignInLimits:PerAddressPerMinute"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SignInLimits:PerAccount"] = perAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [Fact]
    public async Task ManyAttemptsFromOneAddress_Get429WithRetryAfter_OnTheTokenEndpointAndTheForm()
    {
        await using var app = AppWith(perAddress: 3, perAccount: 1000);
        var client = app.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/auth/token", new { email = $"spray{i}@newsroom.example", password = "Spring2026!" }));
        }

        var form = await BrowserlessClient.Create(app).SignInAsync(DemoUsers.Editor, DemoUsers.Password);

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3].StatusCode);
        Assert.True(answers[3].Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", answers[3].Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.NotNull(form.Headers.RetryAfter);
        // Opening the form is not an attempt.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task ManyAttemptsOnOneAccount_Get429_EvenWithTheRightPassword_WhileOtherAccountsSignIn()
    {
        await using var app = AppWith(perAddress: 1000, perAccount: 3);
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Manager, password = $"guess {i}" });
        }

        var right = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Manager, password = DemoUsers.Password });
        var form = await BrowserlessClient.Create(app).SignInAsync(" " + DemoUsers.Manager.ToUpperInvariant(), DemoUsers.Password);
        var other = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Editor, password = DemoUsers.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotNull(right.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.Contains("Too many sign-in attempts", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task AnUnknownEmail_IsLimitedLikeAKnownOne()
    {
        await using var app = AppWith(perAddress: 1000, perAccount: 2);
        var client = app.CreateClient();
        var unknown = new List<HttpStatusCode>();
        var known = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            unknown.Add((await client.PostAsJsonAsync("/api/auth/token", new { email = "ghost@newsroom.example", password = "x" })).StatusCode);
            known.Add((await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Admin, password = "x" })).StatusCode);
        }

        Assert.Equal(known, unknown);
        Assert.Equal(HttpStatusCode.TooManyRequests, unknown[2]);
    }

    [Fact]
    public async Task UnknownWrongAndLocked_GetTheSameAnswer_AfterAPasswordHashIsVerified()
    {
        var hasher = new CountingPasswordHasher();
        var logs = new LogCollector();
        await using var app = AppWith(perAddress: 1000, perAccount: 1000);
        await using var counted = app.WithWebHostBuilder(b =>
        {
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<IPasswordHasher<ApplicationUser>>(hasher);
                s.AddSingleton<ILoggerProvider>(logs);
            });
        });
        await using (var scope = counted.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var lockedUser = (await scope.ServiceProvider.GetRequiredService<UserAccountCreator>()
                .CreateAsync("locked-out@newsroom.example", "Locked", DemoUsers.Password, [Editorial.Domain.Users.Roles.Editor]))!;
            await users.SetLockoutEndDateAsync(lockedUser, DateTimeOffset.UtcNow.AddHours(1));
        }

        var client = counted.CreateClient();
        async Task<(string Body, int Hashes)> TryAsync(string email, string password)
        {
            var before = hasher.Verifications;
            var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
            return (body, hasher.Verifications - before);
        }

        var unknown = await TryAsync("nobody-here@newsroom.example", "Guess#2026abc");
        var wrong = await TryAsync(DemoUsers.Editor, "Guess#2026abc");
        var locked = await TryAsync("locked-out@newsroom.example", DemoUsers.Password);
        var formLocked = await counted.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .SignInAsync("locked-out@newsroom.example", DemoUsers.Password);

        Assert.Equal(wrong.Body, unknown.Body);
        Assert.Equal(wrong.Body, locked.Body);
        Assert.Equal([1, 1, 1], new[] { unknown.Hashes, wrong.Hashes, locked.Hashes });
        Assert.Contains(wrong.Body, System.Net.WebUtility.HtmlDecode(await formLocked.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Messages, m => m.Contains("@newsroom.example", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(logs.Messages, m => m.Contains("is locked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AttacksOnSignIn_LeaveATraceInTheSecurityLog_OnceEach()
    {
        await using var app = AppWith(perAddress: 1000, perAccount: 8);
        var target = await app.CreateUserAsync("targeted@newsroom.example", Editorial.Domain.Users.Roles.Editor);
        var targetId = target.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;
        var client = app.CreateClient();
        for (var i = 0; i < 11; i++)
        {
            await client.PostAsJsonAsync("/api/auth/token", new { email = "targeted@newsroom.example", password = $"guess {i}" });
        }

        // 8 failures on the target got through its limit (3 were throttled); 4 more on other accounts make a burst of 10 and more.
        for (var i = 0; i < 4; i++)
        {
            await client.PostAsJsonAsync("/api/auth/token", new { email = $"sprayed{i}@newsroom.example", password = "Spring2026!" });
        }

        var changerPrincipal = await app.CreateUserAsync("changer@newsroom.example", Editorial.Domain.Users.Roles.Editor);
        var changer = BrowserlessClient.Create(app);
        await changer.SignInAsync("changer@newsroom.example", DemoUsers.Password);
        await changer.SubmitFormAsync("/account/password", "/account/password", new()
        {
            ["Input.CurrentPassword"] = DemoUsers.Password, ["Input.NewPassword"] = "Another#Pass2026", ["Input.ConfirmPassword"] = "Another#Pass2026",
        });

        await using var scope = app.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<Editorial.Infrastructure.Audit.SecurityLog>();
        var entries = (await log.QueryAsync(new Editorial.Infrastructure.Audit.SecurityLogQuery(Limit: 500))).Entries;
        var changerId = changerPrincipal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;

        Assert.Single(entries, e => e.Kind == Editorial.Domain.Audit.SecurityEventKind.SignInLockedOut && e.SubjectUserId == targetId);
        Assert.Single(entries, e => e.Kind == Editorial.Domain.Audit.SecurityEventKind.SignInThrottled && e.SubjectUserId == targetId);
        Assert.Single(entries, e => e.Kind == Editorial.Domain.Audit.SecurityEventKind.SignInFailedBurst);
        Assert.Single(entries, e => e.Kind == Editorial.Domain.Audit.SecurityEventKind.PasswordChanged && e.ActorId == changerId && e.SubjectUserId == changerId);
        Assert.True((await log.VerifyAsync()).IsIntact);
    }

    /// <summary>Identity's hasher, counting how often a password is verified.</summary>
    private sealed class CountingPasswordHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    /// <summary>Keeps every log message the app writes.</summary>
    private sealed class LogCollector : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public ILogger CreateLogger(string categoryName) => new Collector(_messages);

        public void Dispose()
        {
        }

        private sealed class Collector(System.Collections.Concurrent.ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}

/// <summary><see cref="SignInLimitTests"/> on PostgreSQL.</summary>
public sealed class SignInLimitTestsOnPostgres(PostgresDatabase database) : SignInLimitTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="SignInLimitTests"/> on the embedded SQLite default.</summary>
public sealed class SignInLimitTestsOnSqlite(SqliteFolder database) : SignInLimitTests(database), IClassFixture<SqliteFolder>;

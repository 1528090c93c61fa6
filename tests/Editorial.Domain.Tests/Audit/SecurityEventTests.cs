using Editorial.Domain.Audit;

namespace Editorial.Domain.Tests.Audit;

public class SecurityEventTests
{
    private static readonly AuditKey Key = AuditKey.Generate("k1");
    private static readonly AuditKeyring Ring = new([Key], Key.Id);
    private static readonly DateTime Noon = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    private static List<SecurityEvent> Log(int length)
    {
        var log = new List<SecurityEvent>();
        for (var i = 0; i < length; i++)
        {
            log.Add(SecurityEvent.After(log.LastOrDefault(), Key, Noon.AddMinutes(i), SecurityEventKind.RolesChanged,
                "admin", $"user-{i}", "192.0.2.1", $$"""{"added":"Manager{{i}}"}"""));
        }

        return log;
    }

    [Fact]
    public void AnUntouchedLog_IsIntact() =>
        Assert.True(ChainVerification.Of(Log(4), Ring, acceptsUnkeyedStart: false).IsIntact);

    [Theory]
    [InlineData(nameof(SecurityEvent.Details), """{"added":"Admin"}""")]
    [InlineData(nameof(SecurityEvent.SubjectUserId), "someone-else")]
    [InlineData(nameof(SecurityEvent.ClientAddress), null)]
    [InlineData(nameof(SecurityEvent.Kind), SecurityEventKind.UserUnlocked)]
    public void ChangingAnEntry_IsDetected(string property, object? value)
    {
        var log = Log(4);
        typeof(SecurityEvent).GetProperty(property)!.SetValue(log[1], value);

        var result = ChainVerification.Of(log, Ring, acceptsUnkeyedStart: false);

        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public void ANullAndAnEmptyField_HashDifferently()
    {
        var withNull = SecurityEvent.After(null, Key, Noon, SecurityEventKind.UserLocked, "a", null, null, "{}");
        var withEmpty = SecurityEvent.After(null, Key, Noon, SecurityEventKind.UserLocked, "a", null, string.Empty, "{}");

        Assert.NotEqual(withNull.ComputeHash(Key), withEmpty.ComputeHash(Key));
    }

    [Fact]
    public void FieldsCannotBeShiftedFromOneToTheNext()
    {
        // With a separator, "a|b" + "c" and "a" + "b|c" could hash alike; lengths keep fields apart.
        var one = SecurityEvent.After(null, Key, Noon, SecurityEventKind.UserLocked, "a;1:b", "c", null, "{}");
        var other = SecurityEvent.After(null, Key, Noon, SecurityEventKind.UserLocked, "a", "b;1:c", null, "{}");

        Assert.NotEqual(one.ComputeHash(Key), other.ComputeHash(Key));
    }

    [Fact]
    public void ALongClientAddress_IsCut() =>
        Assert.Equal(SecurityEvent.MaxClientAddressLength,
            SecurityEvent.After(null, Key, Noon, SecurityEventKind.SignInThrottled, null, null, new string('x', 500), "{}").ClientAddress!.Length);
}

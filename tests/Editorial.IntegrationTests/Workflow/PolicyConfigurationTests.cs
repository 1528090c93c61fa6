using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Workflow;
using Editorial.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Workflow;

/// <summary>The newsroom's policy comes from configuration and is checked when the app starts.</summary>
public sealed class PolicyConfigurationTests(SqliteFolder folder) : IClassFixture<SqliteFolder>
{
    // A two-fact-checker policy, written as a newsroom would in appsettings.json or environment variables.
    private static Dictionary<string, string?> TwoFactCheckers(string approveRole = "FactChecker") => new()
    {
        ["Workflow:Stages:0:Name"] = "Draft",
        ["Workflow:Stages:1:Name"] = "SourcingCheck",
        ["Workflow:Stages:1:Label"] = "Sourcing check",
        ["Workflow:Stages:2:Name"] = "Approved",
        ["Workflow:Stages:2:TextReadOnly"] = "true",
        ["Workflow:Transitions:0:Name"] = "submit",
        ["Workflow:Transitions:0:From"] = "Draft",
        ["Workflow:Transitions:0:To"] = "SourcingCheck",
        ["Workflow:Transitions:0:PerformedBy:0"] = "Editor",
        ["Workflow:Transitions:1:Name"] = "approve",
        ["Workflow:Transitions:1:From"] = "SourcingCheck",
        ["Workflow:Transitions:1:To"] = "Approved",
        [$"Workflow:Transitions:1:RequiredSignOffs:{approveRole}"] = "2",
        ["Workflow:Transitions:2:Name"] = "reopen",
        ["Workflow:Transitions:2:From"] = "Approved",
        ["Workflow:Transitions:2:To"] = "Draft",
        ["Workflow:Transitions:2:PerformedBy:0"] = "Manager",
        ["Workflow:Transitions:2:ReasonRequired"] = "true",
    };

    [Fact]
    public void ACustomPolicy_IsUsed()
    {
        using var app = EditorialAppFactory.OnSqlite(folder.Path, "Production", TwoFactCheckers());

        var policy = app.Services.GetRequiredService<WorkflowPolicy>();

        Assert.Equal(2, policy.Transition("approve").RequiredSignOffs[Roles.FactChecker]);
        Assert.Equal("Sourcing check", policy.Stage(Stages.SourcingCheck).Label);
        Assert.Equal("Draft", policy.Stage(Stages.Draft).Label);
        Assert.Throws<Editorial.Domain.EditorialDomainException>(() => policy.Transition("send-back"));
    }

    [Fact]
    public void APolicyWithATypo_StopsStartup_SayingWhatIsWrong()
    {
        var settings = TwoFactCheckers(approveRole: "FactChecer");
        using var app = EditorialAppFactory.OnSqlite(folder.Path, "Production", settings);

        // The message is checked where it is made: when startup fails, WebApplicationFactory sometimes
        // reports the host's disposal instead of the first error (a race in the test host, not the app).
        var refused = Assert.ThrowsAny<Exception>(() => OptionsOf<WorkflowOptions>(settings, WorkflowOptions.Section).ToPolicy());
        Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains("The workflow policy is invalid", refused.Message, StringComparison.Ordinal);
        Assert.Contains("unknown role 'FactChecer'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeparationOfDuties_CanBeSwitchedOffAlone()
    {
        using var app = EditorialAppFactory.OnSqlite(folder.Path, "Production",
            new Dictionary<string, string?> { ["Workflow:SeparationOfDuties"] = "false" });

        var policy = app.Services.GetRequiredService<WorkflowPolicy>();

        Assert.False(policy.IsSeparated(Roles.FactChecker));
        Assert.Equal(WorkflowPolicy.Default.Transitions.Count, policy.Transitions.Count);
    }

    [Fact]
    public void TheClaimPolicy_IsConfigured_AndABrokenOneStopsStartup()
    {
        using var custom = EditorialAppFactory.OnSqlite(folder.Path, "Production", new Dictionary<string, string?>
        {
            ["Claims:ResolvedStatuses:0"] = "Verified",
            ["Claims:VerdictRequiresSource"] = "false",
        });
        var brokenSettings = new Dictionary<string, string?> { ["Claims:ResolvedStatuses:0"] = "NeedsRecheck" };
        using var broken = EditorialAppFactory.OnSqlite(folder.Path, "Production", brokenSettings);

        var policy = custom.Services.GetRequiredService<Editorial.Domain.Claims.ClaimPolicy>();
        var refused = Assert.ThrowsAny<Exception>(() => OptionsOf<ClaimOptions>(brokenSettings, ClaimOptions.Section).ToPolicy());
        Assert.ThrowsAny<Exception>(() => broken.Server);

        Assert.Equal([Editorial.Domain.Claims.ClaimStatus.Verified], policy.Resolved);
        Assert.False(policy.VerdictRequiresSource);
        Assert.Contains("only verdicts can be", refused.Message, StringComparison.Ordinal);
    }

    // A configuration section bound as the app binds it.
    private static T OptionsOf<T>(Dictionary<string, string?> settings, string section) where T : new() =>
        new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(section).Get<T>() ?? new T();
}

using Editorial.Domain.Articles;
using Editorial.Domain.Text;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;

namespace Editorial.Domain.Tests.Workflow;

/// <summary>People and articles for workflow tests.</summary>
public static class WorkflowBuilder
{
    public static readonly DateTime Start = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    public static readonly WorkflowActor Editor = new("erin", new HashSet<string> { Roles.Editor });
    public static readonly WorkflowActor SecondEditor = new("ed2", new HashSet<string> { Roles.Editor });
    public static readonly WorkflowActor FactChecker = new("farid", new HashSet<string> { Roles.FactChecker });
    public static readonly WorkflowActor SecondFactChecker = new("fiona", new HashSet<string> { Roles.FactChecker });
    public static readonly WorkflowActor Manager = new("maya", new HashSet<string> { Roles.Manager });
    public static readonly WorkflowActor FactCheckerAndManager = new("both", new HashSet<string> { Roles.FactChecker, Roles.Manager });
    public static readonly WorkflowActor EditorAndFactChecker = new("eli", new HashSet<string> { Roles.Editor, Roles.FactChecker });

    public static ArticleText TextOf(string body) => ArticleText.Create("Kim drives a forklift", body, TextLimits.Default);

    /// <summary>A draft written by <see cref="Editor"/>.</summary>
    public static Article Draft(WorkflowPolicy? policy = null) =>
        Article.Create(TextOf("Over 6,000 of them killed."), "Erin Editor", Editor.UserId, Start, policy ?? WorkflowPolicy.Default).Article;

    /// <summary>A draft submitted by its editor.</summary>
    public static Article InSourcingCheck(WorkflowPolicy? policy = null)
    {
        policy ??= WorkflowPolicy.Default;
        var article = Draft(policy);
        article.Perform("submit", Editor, null, Start.AddMinutes(1), policy, GateFacts.Clear);
        return article;
    }

    /// <summary>Who wrote text in articles made here.</summary>
    public static IReadOnlySet<string> Authors(params string[] more) => new HashSet<string>([Editor.UserId, .. more]);

    /// <summary>Approves the current text as <paramref name="role"/>.</summary>
    public static SignOff Approve(this Article article, WorkflowActor actor, string role, GateFacts? facts = null,
        WorkflowPolicy? policy = null, IReadOnlySet<string>? authors = null) =>
        article.SignOff("approve", actor, role, SignOffDecision.Approve, "Checked.", article.CurrentRevisionNumber,
            Start.AddMinutes(5), policy ?? WorkflowPolicy.Default, authors ?? Authors(), facts ?? GateFacts.Clear);
}

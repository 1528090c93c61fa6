using Editorial.Domain.Users;

namespace Editorial.Domain.Workflow;

/// <summary>
/// How articles move through the newsroom: stages, transitions, who performs or signs off each,
/// and the gates on them. Configured by the newsroom and validated once, when the app starts; an
/// instance is always valid.
/// </summary>
public sealed class WorkflowPolicy
{
    private WorkflowPolicy(IReadOnlyList<StageDefinition> stages, string initialStage,
        IReadOnlyList<TransitionDefinition> transitions, bool separationOfDuties, IReadOnlyList<string> separatedRoles,
        bool acceptedSuggestionsCountAsWriting)
    {
        AcceptedSuggestionsCountAsWriting = acceptedSuggestionsCountAsWriting;
        Stages = stages;
        InitialStage = initialStage;
        Transitions = transitions;
        SeparationOfDuties = separationOfDuties;
        SeparatedRoles = separatedRoles;
    }

    /// <summary>The stages, in the order the stepper shows them.</summary>
    public IReadOnlyList<StageDefinition> Stages { get; }

    /// <summary>Where a new article starts.</summary>
    public string InitialStage { get; }

    /// <summary>Every allowed move.</summary>
    public IReadOnlyList<TransitionDefinition> Transitions { get; }

    /// <summary>Whether people who wrote text in an article are kept from signing it off in <see cref="SeparatedRoles"/>.</summary>
    public bool SeparationOfDuties { get; }

    /// <summary>The roles separation of duties applies to.</summary>
    public IReadOnlyList<string> SeparatedRoles { get; }

    /// <summary>
    /// Whether someone whose suggestion an Editor accepted counts as having written text in the article
    /// (and so, under separation of duties, may not sign it off in a separated role). Off by default: a
    /// fact-checker who suggests the fix of a figure stays the one who checks the article, because an
    /// Editor chose to take the words in and answers for them. A newsroom that wants every hand in the
    /// text kept from signing turns it on.
    /// </summary>
    public bool AcceptedSuggestionsCountAsWriting { get; }

    /// <summary>
    /// The design's policy: an Editor submits; one FactChecker and one Manager sign-off approve,
    /// with all claims resolved and no pending tracked changes; a FactChecker or Manager sends back
    /// with a reason; a Manager reopens with a reason; approved text is read-only; authors do not
    /// sign off their own text.
    /// </summary>
    public static WorkflowPolicy Default { get; } = Create(
        [
            new StageDefinition(Workflow.Stages.Draft, "Draft"),
            new StageDefinition(Workflow.Stages.SourcingCheck, "Sourcing check"),
            new StageDefinition(Workflow.Stages.Approved, "Approved", TextReadOnly: true),
        ],
        Workflow.Stages.Draft,
        [
            new TransitionDefinition("submit", "Submit for sourcing check", Workflow.Stages.Draft, Workflow.Stages.SourcingCheck,
                [Roles.Editor], new Dictionary<string, int>(), []),
            new TransitionDefinition("approve", "Approve for publication", Workflow.Stages.SourcingCheck, Workflow.Stages.Approved,
                [], new Dictionary<string, int> { [Roles.FactChecker] = 1, [Roles.Manager] = 1 },
                [GateNames.AllClaimsResolved, GateNames.NoPendingTrackedChanges]),
            new TransitionDefinition("send-back", "Send back to draft", Workflow.Stages.SourcingCheck, Workflow.Stages.Draft,
                [Roles.FactChecker, Roles.Manager], new Dictionary<string, int>(), [], ReasonRequired: true),
            new TransitionDefinition("reopen", "Reopen", Workflow.Stages.Approved, Workflow.Stages.Draft,
                [Roles.Manager], new Dictionary<string, int>(), [], ReasonRequired: true),
        ],
        separationOfDuties: true,
        [Roles.FactChecker, Roles.Manager]);

    /// <summary>Builds a policy, checking everything that could make it unusable.</summary>
    /// <exception cref="InvalidWorkflowPolicyException">Lists every problem found.</exception>
    public static WorkflowPolicy Create(IReadOnlyList<StageDefinition> stages, string initialStage,
        IReadOnlyList<TransitionDefinition> transitions, bool separationOfDuties, IReadOnlyList<string> separatedRoles,
        bool acceptedSuggestionsCountAsWriting = false)
    {
        var problems = new List<string>();
        var stageNames = stages.Select(s => s.Name).ToList();

        if (stages.Count == 0)
        {
            problems.Add("it defines no stage");
        }

        foreach (var duplicate in stageNames.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"stage '{duplicate.Key}' is defined twice");
        }

        foreach (var stage in stages.Where(s => string.IsNullOrWhiteSpace(s.Name) || string.IsNullOrWhiteSpace(s.Label)))
        {
            problems.Add($"stage '{stage.Name}' needs a name and a label");
        }

        if (!stageNames.Contains(initialStage))
        {
            problems.Add($"the initial stage '{initialStage}' is not one of the stages");
        }

        foreach (var duplicate in transitions.GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"transition '{duplicate.Key}' is defined twice");
        }

        foreach (var t in transitions)
        {
            problems.AddRange(ProblemsOf(t, stageNames));
        }

        foreach (var role in separatedRoles.Where(r => !Roles.IsKnown(r)))
        {
            problems.Add($"separation of duties names unknown role '{role}'");
        }

        if (stageNames.Contains(initialStage))
        {
            var reachable = Reachable(initialStage, transitions);
            foreach (var stage in stageNames.Where(s => !reachable.Contains(s)))
            {
                problems.Add($"stage '{stage}' cannot be reached from '{initialStage}'");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidWorkflowPolicyException(problems);
        }

        return new WorkflowPolicy(stages, initialStage, transitions, separationOfDuties, separatedRoles, acceptedSuggestionsCountAsWriting);
    }

    /// <summary>The stage called <paramref name="name"/>.</summary>
    /// <exception cref="EditorialDomainException">No such stage.</exception>
    public StageDefinition Stage(string name) =>
        Stages.FirstOrDefault(s => s.Name == name)
        ?? throw new EditorialDomainException($"The workflow has no stage '{name}'.");

    /// <summary>The transition called <paramref name="name"/>.</summary>
    /// <exception cref="EditorialDomainException">No such transition.</exception>
    public TransitionDefinition Transition(string name) =>
        Transitions.FirstOrDefault(t => t.Name == name)
        ?? throw new EditorialDomainException($"The workflow has no action '{name}'.");

    /// <summary>The transitions that leave <paramref name="stage"/>.</summary>
    public IEnumerable<TransitionDefinition> From(string stage) => Transitions.Where(t => t.From == stage);

    /// <summary>Whether people who wrote text may not sign off in <paramref name="role"/>.</summary>
    public bool IsSeparated(string role) => SeparationOfDuties && SeparatedRoles.Contains(role);

    private static IEnumerable<string> ProblemsOf(TransitionDefinition t, List<string> stageNames)
    {
        var name = $"transition '{t.Name}'";
        if (string.IsNullOrWhiteSpace(t.Name) || string.IsNullOrWhiteSpace(t.Label))
        {
            yield return $"{name} needs a name and a label";
        }

        if (!stageNames.Contains(t.From))
        {
            yield return $"{name} leaves unknown stage '{t.From}'";
        }

        if (!stageNames.Contains(t.To))
        {
            yield return $"{name} enters unknown stage '{t.To}'";
        }

        if (t.From == t.To)
        {
            yield return $"{name} does not change the stage";
        }

        foreach (var role in t.PerformedBy.Concat(t.RequiredSignOffs.Keys).Where(r => !Roles.IsKnown(r)))
        {
            yield return $"{name} names unknown role '{role}' (known roles: {string.Join(", ", Roles.All)})";
        }

        foreach (var (role, count) in t.RequiredSignOffs.Where(r => r.Value < 1))
        {
            yield return $"{name} requires {count} {role} sign-offs; use at least 1";
        }

        if ((t.PerformedBy.Count > 0) == t.IsBySignOff)
        {
            yield return $"{name} must have either performers or required sign-offs, not both or neither";
        }

        foreach (var gate in t.Gates.Where(g => !GateNames.All.Contains(g)))
        {
            yield return $"{name} names unknown gate '{gate}' (known gates: {string.Join(", ", GateNames.All)})";
        }
    }

    private static HashSet<string> Reachable(string initial, IReadOnlyList<TransitionDefinition> transitions)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { initial };
        var queue = new Queue<string>([initial]);
        while (queue.TryDequeue(out var stage))
        {
            foreach (var next in transitions.Where(t => t.From == stage).Select(t => t.To))
            {
                if (reached.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return reached;
    }
}

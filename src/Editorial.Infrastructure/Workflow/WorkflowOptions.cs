using Editorial.Domain.Workflow;

namespace Editorial.Infrastructure.Workflow;

/// <summary>
/// The <c>Workflow</c> configuration section: the newsroom's policy. Without stages it is the
/// design's default policy (whose separation of duties can still be switched off alone).
/// </summary>
public sealed class WorkflowOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Workflow";

    /// <summary>Stage a new article starts in.</summary>
    public string? InitialStage { get; set; }

    /// <summary>Whether authors are kept from signing off their own text in <see cref="SeparatedRoles"/>.</summary>
    public bool? SeparationOfDuties { get; set; }

    /// <summary>Roles separation of duties applies to.</summary>
    public List<string>? SeparatedRoles { get; set; }

    /// <summary>The stages, in order.</summary>
    public List<StageOptions> Stages { get; set; } = [];

    /// <summary>The transitions.</summary>
    public List<TransitionOptions> Transitions { get; set; } = [];

    /// <summary>See <see cref="WorkflowPolicy.AcceptedSuggestionsCountAsWriting"/> (default false).</summary>
    public bool AcceptedSuggestionsCountAsWriting { get; set; }

    /// <summary>Builds the validated policy.</summary>
    /// <exception cref="InvalidWorkflowPolicyException">The configuration does not make a usable policy.</exception>
    public WorkflowPolicy ToPolicy()
    {
        var basis = WorkflowPolicy.Default;
        if (Stages.Count == 0)
        {
            return WorkflowPolicy.Create(basis.Stages, basis.InitialStage, basis.Transitions,
                SeparationOfDuties ?? basis.SeparationOfDuties, SeparatedRoles ?? [.. basis.SeparatedRoles], AcceptedSuggestionsCountAsWriting);
        }

        return WorkflowPolicy.Create(
            Stages.Select(s => new StageDefinition(s.Name ?? string.Empty, s.Label ?? s.Name ?? string.Empty, s.TextReadOnly)).ToList(),
            InitialStage ?? Stages[0].Name ?? string.Empty,
            Transitions.Select(t => new TransitionDefinition(
                t.Name ?? string.Empty,
                t.Label ?? t.Name ?? string.Empty,
                t.From ?? string.Empty,
                t.To ?? string.Empty,
                t.PerformedBy,
                t.RequiredSignOffs,
                t.Gates,
                t.ReasonRequired)).ToList(),
            SeparationOfDuties ?? true,
            SeparatedRoles ?? [.. basis.SeparatedRoles],
            AcceptedSuggestionsCountAsWriting);
    }

    /// <summary>A stage as configured.</summary>
    public sealed class StageOptions
    {
        /// <summary>Stable name.</summary>
        public string? Name { get; set; }

        /// <summary>Label for people.</summary>
        public string? Label { get; set; }

        /// <summary>Whether the text is read-only in it.</summary>
        public bool TextReadOnly { get; set; }
    }

    /// <summary>A transition as configured.</summary>
    public sealed class TransitionOptions
    {
        /// <summary>Stable name.</summary>
        public string? Name { get; set; }

        /// <summary>Label for people.</summary>
        public string? Label { get; set; }

        /// <summary>Stage left.</summary>
        public string? From { get; set; }

        /// <summary>Stage entered.</summary>
        public string? To { get; set; }

        /// <summary>Roles that perform it.</summary>
        public List<string> PerformedBy { get; set; } = [];

        /// <summary>Approvals required per role.</summary>
        public Dictionary<string, int> RequiredSignOffs { get; set; } = [];

        /// <summary>Gates that must pass.</summary>
        public List<string> Gates { get; set; } = [];

        /// <summary>Whether a reason is required.</summary>
        public bool ReasonRequired { get; set; }
    }
}

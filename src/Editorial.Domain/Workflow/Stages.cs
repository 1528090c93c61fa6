namespace Editorial.Domain.Workflow;

/// <summary>The stages of the default policy. A newsroom's policy may add its own.</summary>
public static class Stages
{
    /// <summary>Being written or revised by editors.</summary>
    public const string Draft = "Draft";

    /// <summary>Submitted; fact-checkers and managers review it.</summary>
    public const string SourcingCheck = "SourcingCheck";

    /// <summary>Approved for publication; read-only until reopened.</summary>
    public const string Approved = "Approved";
}

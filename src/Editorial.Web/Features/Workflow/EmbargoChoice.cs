namespace Editorial.Web.Features.Workflow;

/// <summary>What the embargo dialog decided: a new end of the embargo (UTC), or null to lift it.</summary>
/// <param name="PublishAt">When the article may be handed off.</param>
public sealed record EmbargoChoice(DateTime? PublishAt);

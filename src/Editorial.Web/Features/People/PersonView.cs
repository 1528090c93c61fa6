namespace Editorial.Web.Features.People;

/// <summary>A person, by id and name.</summary>
public sealed record PersonView(string Id, string Name);

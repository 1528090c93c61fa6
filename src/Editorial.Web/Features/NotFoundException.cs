namespace Editorial.Web.Features;

/// <summary>What the user asked for does not exist (or no longer does).</summary>
public sealed class NotFoundException(string message) : Exception(message);

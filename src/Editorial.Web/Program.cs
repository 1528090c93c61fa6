using Editorial.Web.Hosting;

// `backup FILE` and `verify` run and exit; anything else starts the app.
if (await MaintenanceCommands.TryRunAsync(args, Console.Out) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddEditorial();

var app = builder.Build();
app.UseEditorial();
await app.RunAsync();
return 0;

/// <summary>The app's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

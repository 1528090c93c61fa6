using Editorial.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddEditorial();

var app = builder.Build();
app.UseEditorial();
app.Run();

/// <summary>The app's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

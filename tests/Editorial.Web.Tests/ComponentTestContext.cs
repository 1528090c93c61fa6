using Editorial.Domain.Workflow;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Editorial.Web.Tests;

/// <summary>
/// Base of the component tests: a bUnit context with MudBlazor's services and loose JS interop.
/// MudBlazor's services are async-disposable only, so the context is disposed asynchronously.
/// </summary>
public abstract class ComponentTestContext : IAsyncLifetime
{
    protected ComponentTestContext()
    {
        Context.Services.AddMudServices();
        Context.Services.AddSingleton(WorkflowPolicy.Default);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected BunitContext Context { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Context.DisposeAsync();
}

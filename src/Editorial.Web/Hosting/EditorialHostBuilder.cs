using Editorial.Domain.Text;
using Editorial.Infrastructure;
using Editorial.Infrastructure.Identity;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Components;
using Editorial.Web.Components.Account;
using Editorial.Web.Api;
using Editorial.Web.Features;
using Editorial.Web.Features.Admin;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Preferences;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;

namespace Editorial.Web.Hosting;

/// <summary>Composition of the app: services in <see cref="AddEditorial"/>, the pipeline in <see cref="UseEditorial"/>.</summary>
public static class EditorialHostBuilder
{
    /// <summary>How long a stopping instance lets requests in flight finish.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(25);

    /// <summary>Registers every service the app uses.</summary>
    public static WebApplicationBuilder AddEditorial(this WebApplicationBuilder builder)
    {
        // Before anything else: stored text must be normalized the same way in every environment.
        TextNormalizer.EnsureNormalizationWorks();

        var services = builder.Services;
        var configuration = builder.Configuration;

        // First: its hosted service migrates the database before any other one (data protection
        // reads its keys from the database at start) touches it.
        services.AddEditorialPersistence();
        // On SIGTERM (docker compose stop, a rolling restart) requests in flight finish and the hosted
        // services stop in order within this time; docker-compose.yml waits a little longer before SIGKILL.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        // ...and before the server stops, open pages keep what they hold unsaved.
        services.AddSingleton<UnsavedWork>();
        services.AddHostedService(sp => sp.GetRequiredService<UnsavedWork>());
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(mud =>
        {
            // Bottom left, out of the way of the app bar (sign out, notifications) and the side panels'
            // buttons, and gone after five seconds; each can be closed at once.
            mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft;
            mud.SnackbarConfiguration.VisibleStateDuration = 5000;
            mud.SnackbarConfiguration.ShowCloseIcon = true;
            // Opaque: text over a see-through snackbar loses its contrast to whatever is behind it.
            mud.SnackbarConfiguration.MaximumOpacity = 100;
        });
        // Every problem, whoever writes it, carries the traceId an operator looks the request up by.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiConventions.AddTraceId);
        services.AddOpenApi();
        // The API speaks enums as words ("Approve"), as the audit payloads do.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        builder.AddObservability();
        services.AddHealthChecks()
            .AddDbContextCheck<EditorialDbContext>("database", tags: ["ready"])
            .AddCheck<StoppingInstance.ReadinessCheck>("not stopping", tags: ["ready"]);

        services.AddPublicHosting();
        services.AddSignInRateLimiting();
        services.AddDataProtection().SetApplicationName("Editorial").PersistKeysToDbContext<EditorialDbContext>();
        AddIdentity(services);
        services.AddAuthorization(Policies.Configure);
        services.Configure<RegistrationOptions>(configuration.GetSection(RegistrationOptions.Section));

        TextLimitOptions.AddTo(services);
        services.AddScoped<PasswordCheck>();
        services.AddScoped<AccountRevalidation>();
        services.AddScoped<ArticleService>();
        services.AddScoped<EditorDraftService>();
        services.AddScoped<Editorial.Web.Features.Workflow.WorkflowService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<SecurityLogService>();
        services.AddScoped<Features.Webhooks.WebhookService>();
        services.AddScoped<Features.Publication.HandoffService>();
        services.AddSingleton<Features.Mail.UnsubscribeTokens>();
        services.AddScoped<Features.Mail.MailPreferencesService>();
        services.AddScoped<Features.Mail.MailDeliveryService>();
        services.AddScoped<Editorial.Infrastructure.Mail.IMailComposer, Features.Mail.MailComposer>();
        services.AddScoped<Editorial.Infrastructure.Outbox.IHandoffSource>(sp => sp.GetRequiredService<Features.Publication.HandoffService>());
        services.AddScoped<Editorial.Web.Features.History.RevisionHistoryService>();
        services.AddScoped<Editorial.Web.Features.Changes.TrackedChangesService>();
        services.AddScoped<Editorial.Web.Features.Suggestions.SuggestionService>();
        services.AddScoped<Editorial.Web.Features.Annotations.AnnotationService>();
        services.AddScoped<Editorial.Web.Features.Claims.ClaimService>();
        services.AddScoped<Editorial.Web.Features.Tokens.PersonalAccessTokenService>();
        services.AddScoped<Editorial.Web.Features.Dashboard.DashboardService>();
        services.AddScoped<Editorial.Web.Features.Search.SearchService>();
        services.AddScoped<Editorial.Web.Features.Notifications.NotificationService>();
        services.AddScoped<ThemePreferenceService>();
        services.AddSingleton<SharedArticleReads>();
        services.AddScoped<LiveConnection>();
        services.AddScoped<CircuitHandler>(provider => provider.GetRequiredService<LiveConnection>());
        return builder;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        var authentication = services.AddAuthentication(options =>
            {
                options.DefaultScheme = AuthenticationSchemes.CookieOrToken;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(AuthenticationSchemes.CookieOrToken, "Cookie or token", o => o.ForwardDefaultSelector = AuthenticationSchemes.Select)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, RevalidatedBearerHandler>(
                AuthenticationSchemes.Bearer, null)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, PersonalAccessTokenHandler>(
                AuthenticationSchemes.PersonalAccessToken, null);
        authentication.AddIdentityCookies();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EditorialDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<EditorialClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        // A lock or a role change reaches open sessions within a minute, not the default half hour.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "editorial.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // The API answers with status codes, never with a redirect to an HTML page.
            cookie.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
            // After signing in, the handler redirects to the form's ReturnUrl itself: only to a local
            // path, and percent-encoded (a raw non-ASCII character cannot go into a Location header).
            cookie.Events.OnRedirectToReturnUrl = context =>
            {
                context.Response.Redirect(LocalUrl.Encoded(LocalUrl.OrHome(context.RedirectUri)));
                return Task.CompletedTask;
            };
        });
    }

    private static Task StatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            // The handler makes the address absolute from the request's Host: name the public address instead.
            var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
            context.Response.Redirect(context.HttpContext.RequestServices.GetRequiredService<PublicAddress>().UrlFor(target));
        }

        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>Builds the request pipeline and maps every endpoint.</summary>
    public static WebApplication UseEditorial(this WebApplication app)
    {
        // Every response carries the security headers, redirects included; then everything after sees
        // the client's address and scheme as the trusted proxy reports them.
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<StoppingInstance>();
        app.UsePublicHosting();
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseMiddleware<LiveConnectionOriginCheck>();
        app.UseRateLimiter();

        // Browsers get a readable page for an empty error response; the API gets problem+json.
        app.UseWhen(context => IsApi(context.Request),
            api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context.Request),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseAuthentication();
        app.UseMiddleware<Editorial.Web.Components.Account.PasswordChangeGate>();
        app.UseAuthorization();
        app.UseWhen(context => IsApi(context.Request), api => api.UseMiddleware<Api.IdempotencyMiddleware>());
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapTokenApi();
        app.MapArticleApi();
        app.MapSearchApi();
        app.MapWorkflowApi();
        app.MapTrackedChangesApi();
        app.MapSuggestionsApi();
        app.MapAnnotationApi();
        app.MapClaimApi();
        app.MapRevisionApi();
        app.MapSecurityLogApi();
        app.MapWebhookApi();
        app.MapMailDeliveryApi();
        Features.Mail.MailEndpoints.MapMailEndpoints(app);
        // Our own policy (SecurityHeaders) forbids all framing; Blazor's would be a second header, and
        // SecurityHeaders leaves a policy an endpoint set alone.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}

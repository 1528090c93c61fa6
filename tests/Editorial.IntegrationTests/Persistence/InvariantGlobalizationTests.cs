using System.Diagnostics;

namespace Editorial.IntegrationTests.Persistence;

/// <summary>
/// The app refuses to start where it could not normalize text: .NET in globalization-invariant mode
/// (an image without ICU). Runs the real app as a separate process in that mode.
/// </summary>
public sealed class InvariantGlobalizationTests
{
    [Fact]
    public async Task WithoutIcu_TheAppStopsAtStartup_AndSaysWhy()
    {
        var folder = Directory.CreateTempSubdirectory("editorial-invariant-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Editorial.Web.dll"), "--urls", "http://127.0.0.1:0"])
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment =
                {
                    ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "true",
                    ["ASPNETCORE_ENVIRONMENT"] = "Development",
                    ["Database__DataFolder"] = folder,
                },
            };
            using var app = Process.Start(start)!;
            var output = app.StandardOutput.ReadToEndAsync();
            var errors = app.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await app.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                app.Kill(entireProcessTree: true);
                Assert.Fail("The app kept running without Unicode normalization.");
            }

            Assert.NotEqual(0, app.ExitCode);
            Assert.Contains("Unicode normalization does not work in this runtime", await output + await errors, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

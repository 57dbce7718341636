using System.Net;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Bench;

/// <summary>The benchmarks' baseline page is served in the Benchmark environment only (and Development).</summary>
public sealed class BarePageTests
{
    [Theory]
    [InlineData("Testing", HttpStatusCode.NotFound)]
    [InlineData("Production", HttpStatusCode.NotFound)]
    [InlineData("Benchmark", HttpStatusCode.OK)]
    public async Task The_bare_page_exists_only_for_benchmarks(string environment, HttpStatusCode expected)
    {
        await using var app = new EnvironmentApp(environment);
        await app.InitializeAsync();

        var page = await app.CreatePageClient().GetAsync("/Bench/Bare");

        Assert.Equal(expected, page.Response.StatusCode);
    }

    private sealed class EnvironmentApp(string environment) : SqliteApp
    {
        protected override string Environment => environment;
    }
}

using System.Net;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Health;

public sealed class ReadinessTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Live_and_ready_answer_healthy_when_the_database_is_reachable(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var http = app.CreatePageClient().Http;

        var live = await http.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var ready = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

/// <summary>A PostgreSQL app whose server is not listening: a loopback port held, for the app's life, so nobody serves it.</summary>
public sealed class UnreachableDatabaseApp() : TrainingCenterApp(DatabaseProvider.PostgreSql)
{
    private readonly RefusedPort stopped = new();

    protected override Task<string?> ConnectToDatabaseAsync() =>
        Task.FromResult<string?>($"Host=127.0.0.1;Port={stopped.Port};Username=postgres;Database=absent;Timeout=2");

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:MigrateOnStartup", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        stopped.Dispose();
    }
}

public sealed class UnreachableDatabaseTests(UnreachableDatabaseApp app) : IClassFixture<UnreachableDatabaseApp>
{
    [Fact]
    public async Task Ready_reports_unhealthy_while_live_stays_up_when_the_database_is_unreachable()
    {
        var http = app.CreatePageClient().Http;

        var live = await http.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var ready = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

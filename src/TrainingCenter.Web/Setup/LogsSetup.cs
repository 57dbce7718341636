using Serilog;

namespace TrainingCenter.Web.Setup;

public static class LogsSetup
{
    /// <summary>Serilog from the <c>Serilog</c> section, plus a daily rolling file under <c>Logs:Directory</c>.</summary>
    public static WebApplicationBuilder AddLogs(this WebApplicationBuilder builder)
    {
        var directory = Path.Combine(builder.Environment.ContentRootPath,
            builder.Configuration.GetValue("Logs:Directory", "App_Data/logs")!);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console()
            .WriteTo.File(Path.Combine(directory, "trainingcenter-.log"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14));
        return builder;
    }
}

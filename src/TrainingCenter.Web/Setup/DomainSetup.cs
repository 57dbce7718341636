using TrainingCenter.Enrolments;

namespace TrainingCenter.Web.Setup;

public static class DomainSetup
{
    /// <summary>Services shared by pages and jobs; each holds a rule that more than one caller keeps.</summary>
    public static WebApplicationBuilder AddDomain(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SeatLedger>();
        builder.Services.AddScoped<EnrolmentMail>();
        builder.Services.AddScoped<EnrolmentService>();
        builder.Services.AddScoped<NominationService>();
        return builder;
    }
}

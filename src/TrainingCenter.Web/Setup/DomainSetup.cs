using TrainingCenter.Attendance;
using TrainingCenter.Certificates;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Notifications;
using TrainingCenter.Reports;

namespace TrainingCenter.Web.Setup;

public static class DomainSetup
{
    /// <summary>Services shared by pages and jobs; each holds a rule that more than one caller keeps.</summary>
    public static WebApplicationBuilder AddDomain(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(AttendanceOptions.Section).Get<AttendanceOptions>() ?? new AttendanceOptions());
        builder.Services.AddScoped<AttendanceSheetService>();
        builder.Services.AddScoped<SeatLedger>();
        builder.Services.AddScoped<EnrolmentMail>();
        builder.Services.AddScoped<EnrolmentService>();
        builder.Services.AddScoped<NominationService>();
        builder.Services.AddSingleton(builder.Configuration.GetSection(CertificatesOptions.Section).Get<CertificatesOptions>() ?? new CertificatesOptions());
        builder.Services.AddScoped<CertificateIssuer>();
        builder.Services.AddScoped<CertificateBatchJob>();
        builder.Services.AddScoped<Outbox>();
        builder.Services.AddScoped<NotificationDelivery>();
        builder.Services.AddScoped<INotificationComposer, CertificateReadyComposer>();
        builder.Services.AddScoped<FirmStaff>();
        builder.Services.AddScoped<INotificationComposer, FirmInvitationComposer>();
        builder.Services.AddScoped<SponsorWeeklyJob>();
        builder.Services.AddScoped<INotificationComposer, SponsorWeeklyComposer>();
        return builder;
    }
}

using TrainingCenter.Applications;
using TrainingCenter.Announcements;
using TrainingCenter.Attendance;
using TrainingCenter.Centres;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.FairHiring;
using TrainingCenter.Funding;
using TrainingCenter.Firms;
using TrainingCenter.Holidays;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Outcomes;
using TrainingCenter.Reminders;
using TrainingCenter.Reports;
using TrainingCenter.TalentPool;
using TrainingCenter.Tracks;
using TrainingCenter.Trainees;

namespace TrainingCenter.Web.Setup;

public static class DomainSetup
{
    /// <summary>Services shared by pages and jobs; each holds a rule that more than one caller keeps.</summary>
    public static WebApplicationBuilder AddDomain(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(AttendanceOptions.Section).Get<AttendanceOptions>() ?? new AttendanceOptions());
        builder.Services.AddScoped<AttendanceSheetService>();
        builder.Services.AddScoped<SeatLedger>();
        builder.Services.AddScoped<EnrolmentNotices>();
        builder.Services.AddScoped<EnrolmentService>();
        builder.Services.AddScoped<ApplicationQuestions>();
        builder.Services.AddScoped<NominationService>();
        builder.Services.AddScoped<SponsorshipService>();
        builder.Services.AddSingleton(builder.Configuration.GetSection(CertificatesOptions.Section).Get<CertificatesOptions>() ?? new CertificatesOptions());
        builder.Services.AddScoped<CertificateIssuer>();
        builder.Services.AddScoped<CertificateBatchJob>();
        builder.Services.AddScoped<CertificateBatchService>();
        builder.Services.AddScoped<Outbox>();
        builder.Services.AddSingleton(builder.Configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions());
        builder.Services.AddScoped<NotificationDelivery>();
        builder.Services.AddSingleton<DeliveryBatches>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DeliveryBatches>());
        builder.Services.AddScoped<INotificationComposer, CertificateReadyComposer>();
        builder.Services.AddScoped<CertificateRevoker>();
        builder.Services.AddScoped<INotificationComposer, CertificateRevokedComposer>();
        foreach (var notice in Enum.GetValues<EnrolmentNotice>())
            builder.Services.AddScoped<INotificationComposer>(services => ActivatorUtilities.CreateInstance<EnrolmentNoticeComposer>(services, notice));
        builder.Services.AddScoped<INotificationComposer, NominationComposer>();
        builder.Services.AddScoped<AnnouncementService>();
        builder.Services.AddScoped<INotificationComposer, AnnouncementComposer>();
        builder.Services.AddScoped<SessionChangeNotices>();
        builder.Services.AddScoped<SessionScheduleService>();
        builder.Services.AddScoped<HolidayCalendar>();
        builder.Services.AddScoped<CohortService>();
        builder.Services.AddScoped<LanguagePreference>();
        builder.Services.AddScoped<Teaching>();
        builder.Services.AddSingleton(builder.Configuration.GetSection(OutcomeOptions.Section).Get<OutcomeOptions>() ?? new OutcomeOptions());
        builder.Services.AddScoped<OutcomeService>();
        builder.Services.AddScoped<CareerIntents>();
        builder.Services.AddScoped<EvidenceFiles>();
        builder.Services.AddScoped<EmployerConfirmations>();
        builder.Services.AddSingleton(builder.Configuration.GetSection(FairHiringOptions.Section).Get<FairHiringOptions>() ?? new FairHiringOptions());
        builder.Services.AddScoped<FairHiringLedger>();
        builder.Services.AddScoped<FundingLedger>();
        builder.Services.AddScoped<TraineeFees>();
        builder.Services.AddScoped<FundingClaims>();
        builder.Services.AddScoped<FundingCorrections>();
        builder.Services.AddScoped<ClaimPacks>();
        builder.Services.AddSingleton<CheckInLinks>();
        builder.Services.AddScoped<CheckIns>();
        builder.Services.AddScoped<CheckInScan>();
        foreach (var kind in new[] { CheckInKinds.CheckIn, CheckInKinds.Reminder })
            builder.Services.AddScoped<INotificationComposer>(services => ActivatorUtilities.CreateInstance<CheckInComposer>(services, kind));
        builder.Services.AddScoped<TrackService>();
        builder.Services.AddScoped<CentreService>();
        builder.Services.AddScoped<CentreAdmins>();
        builder.Services.AddScoped<FirmService>();
        builder.Services.AddScoped<TraineeProfiles>();
        builder.Services.AddScoped<SessionChanges>();
        foreach (var change in Enum.GetValues<SessionChange>())
            builder.Services.AddScoped<INotificationComposer>(services => ActivatorUtilities.CreateInstance<SessionChangeComposer>(services, change));
        builder.Services.AddSingleton(builder.Configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions());
        builder.Services.AddScoped<ReminderScan>();
        builder.Services.AddScoped<INotificationComposer, CohortStartComposer>();
        builder.Services.AddScoped<INotificationComposer, SessionReminderComposer>();
        builder.Services.AddScoped<INotificationComposer, AttendanceUnmarkedComposer>();
        builder.Services.AddScoped<INotificationComposer, LowAttendanceComposer>();
        builder.Services.AddScoped<SponsorReports>();
        builder.Services.AddScoped<FirmStaff>();
        builder.Services.AddScoped<INotificationComposer, FirmInvitationComposer>();
        builder.Services.AddScoped<SponsorWeeklyJob>();
        builder.Services.AddScoped<INotificationComposer, SponsorWeeklyComposer>();
        builder.Services.AddScoped<AccountEmails>();
        builder.Services.AddScoped<TraineeRegistration>();
        foreach (var kind in Enum.GetValues<AccountEmailKind>())
            builder.Services.AddScoped<INotificationComposer>(services => ActivatorUtilities.CreateInstance<AccountEmailComposer>(services, kind));
        builder.Services.AddSingleton(builder.Configuration.GetSection(TalentPoolOptions.Section).Get<TalentPoolOptions>() ?? new TalentPoolOptions());
        builder.Services.AddScoped<TalentProfiles>();
        builder.Services.AddScoped<TalentSearch>();
        builder.Services.AddScoped<Introductions>();
        builder.Services.AddScoped<ConsentLapseScan>();
        builder.Services.AddScoped<INotificationComposer, IntroductionComposer>();
        builder.Services.AddScoped<INotificationComposer, ConsentLapseComposer>();
        return builder;
    }
}

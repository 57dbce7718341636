using TrainingCenter.Firms;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Demo;

/// <summary>
/// One answer to a check-in in the demo: which seat of the intake (in enrolment order) answered on which check-in day,
/// what they were doing, and who vouched for it.
/// </summary>
internal sealed record DemoOutcome(int Seat, int Day, OutcomeStatus Status)
{
    public MemberFirm? Employer { get; init; }
    public string? EmployerName { get; init; }
    public string? JobTitle { get; init; }
    public int StartedDaysAfterEnd { get; init; }
    public int? SalaryBandPkr { get; init; }
    public int? EarningsBandPkr { get; init; }
    public OutcomeSource Source { get; init; } = OutcomeSource.SelfReported;
}

/// <summary>
/// The answers of the earlier marketing intake: twelve graduates (seats 0–11) and one who dropped out (seat 12). Seats 10
/// and 11 never answered, seat 4 answered only at 90 days, so "unknown" and "last known" both show.
/// </summary>
internal static class DemoOutcomes
{
    public static IEnumerable<DemoOutcome> Earlier(MemberFirm indus, MemberFirm ravi, MemberFirm clifton, MemberFirm margalla) =>
    [
        Job(0, 90, OutcomeStatus.EmployedFullTimeInField, indus, "Digital Marketing Executive", 45, 50_000),
        new(1, 90, OutcomeStatus.FreelancingInField) { EarningsBandPkr = 25_000 },
        new(2, 90, OutcomeStatus.SeekingWork),
        Job(3, 90, OutcomeStatus.EmployedFullTimeInField, clifton, "Social Media Specialist", 60, 75_000),
        new(4, 90, OutcomeStatus.FurtherStudy),
        Job(5, 90, OutcomeStatus.EmployedPartTimeInField, "Chenab Foods (Pvt) Ltd", "Content Marketing Assistant", 70, 25_000),
        new(6, 90, OutcomeStatus.SeekingWork),
        Job(7, 90, OutcomeStatus.EmployedOutsideField, "Crescent Contact Centre (Pvt) Ltd", "Customer Support Officer", 30, 50_000),
        new(12, 90, OutcomeStatus.SeekingWork),

        Job(0, 180, OutcomeStatus.EmployedFullTimeInField, indus, "Digital Marketing Executive", 45, 50_000) with { Source = OutcomeSource.EmployerConfirmed },
        Job(1, 180, OutcomeStatus.EmployedFullTimeInField, clifton, "Social Media Executive", 130, 50_000),
        Job(2, 180, OutcomeStatus.EmployedFullTimeInField, indus, "SEO Analyst", 110, 75_000) with { Source = OutcomeSource.EmployerConfirmed },
        Job(3, 180, OutcomeStatus.EmployedFullTimeInField, clifton, "Social Media Specialist", 60, 75_000) with { Source = OutcomeSource.StaffVerified },
        Job(5, 180, OutcomeStatus.EmployedFullTimeInField, "Chenab Foods (Pvt) Ltd", "Digital Marketing Officer", 150, 50_000),
        new(6, 180, OutcomeStatus.FreelancingInField) { EarningsBandPkr = 10_000 },
        Job(7, 180, OutcomeStatus.EmployedOutsideField, "Crescent Contact Centre (Pvt) Ltd", "Customer Support Officer", 30, 50_000),
        Job(8, 180, OutcomeStatus.EmployedFullTimeInField, ravi, "PPC Campaign Specialist", 160, 100_000),
        // Margalla Systems sponsored nothing of this intake: its hire owes the intake's sponsors a training-cost share.
        Job(9, 180, OutcomeStatus.EmployedFullTimeInField, margalla, "Performance Marketing Associate", 140, 75_000) with { Source = OutcomeSource.StaffVerified },
        Job(12, 180, OutcomeStatus.EmployedOutsideField, "Gulberg Retail Stores", "Sales Associate", 120, 25_000),
    ];

    private static DemoOutcome Job(int seat, int day, OutcomeStatus status, MemberFirm employer, string jobTitle, int startedDaysAfterEnd, int salaryBandPkr) =>
        new(seat, day, status) { Employer = employer, JobTitle = jobTitle, StartedDaysAfterEnd = startedDaysAfterEnd, SalaryBandPkr = salaryBandPkr };

    private static DemoOutcome Job(int seat, int day, OutcomeStatus status, string employerName, string jobTitle, int startedDaysAfterEnd, int salaryBandPkr) =>
        new(seat, day, status) { EmployerName = employerName, JobTitle = jobTitle, StartedDaysAfterEnd = startedDaysAfterEnd, SalaryBandPkr = salaryBandPkr };
}

using TrainingCenter.Attendance;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Reports;

/// <summary>A trainee who took a seat, as a sponsor may see them: no contact details.</summary>
/// <param name="CertificateSerial">The serial of the trainee's live certificate, if any.</param>
public sealed record SponsorTraineeRow(string Name, AttendanceRate Rate, bool IsAtRisk, EnrolmentStatus Status, string? CertificateSerial);

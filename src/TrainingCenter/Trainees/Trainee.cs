using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;

namespace TrainingCenter.Trainees;

/// <summary>A person who takes cohorts; their profile is what a certificate prints.</summary>
public sealed class Trainee : AuditedEntity
{
    public const int FullNameLength = 200;
    public const int PhoneLength = 32;
    public const int CityLength = 100;
    public const int EducationLength = 200;
    public const int MotivationLength = 2000;

    public Trainee(string userId, string fullName)
    {
        UserId = userId;
        FullName = fullName.Trim();
    }

    public string UserId { get; private set; }
    public ApplicationUser? User { get; private set; }

    /// <summary>Exactly as it must print on a certificate, in any script.</summary>
    public string FullName { get; set; }
    public string? Phone { get; set; }
    public string? City { get; set; }
    public string? HighestEducation { get; set; }
    public string? Motivation { get; set; }

    /// <summary>Cohort-start and session reminders and low-attendance warnings; enrolment and certificate notices are always sent.</summary>
    public bool WantsReminders { get; set; } = true;

    public List<Enrolment> Enrolments { get; } = [];

    /// <summary>Replaces the profile with what the trainee entered: trimmed, and blanks stored as nothing.</summary>
    public void UpdateProfile(string fullName, string? phone, string? city, string? highestEducation, string? motivation)
    {
        if (string.IsNullOrWhiteSpace(fullName)) throw new ArgumentException("A trainee's full name cannot be empty.", nameof(fullName));
        if (!string.IsNullOrWhiteSpace(phone) && !PhoneNumberAttribute.IsPhoneNumber(phone))
            throw new ArgumentException($"\"{phone}\" is not a phone number.", nameof(phone));
        FullName = fullName.Trim();
        Phone = OrNull(phone);
        City = OrNull(city);
        HighestEducation = OrNull(highestEducation);
        Motivation = OrNull(motivation);
    }

    private static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

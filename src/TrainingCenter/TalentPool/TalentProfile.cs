using System.Security.Cryptography;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Trainees;

namespace TrainingCenter.TalentPool;

/// <summary>
/// A certified graduate's entry in the talent pool: what they say about themselves, the certified enrolment the system
/// vouches for, and their consent. Firms see it only through <see cref="TalentVisibility"/>, under a pseudonym.
/// </summary>
public sealed class TalentProfile : AuditedEntity
{
    public const int HeadlineLength = 150;
    public const int SkillsLength = 500;
    public const int CityLength = 100;
    public const int LinkLength = 300;
    public const int CvFileNameLength = 200;
    public const int PseudonymKeyLength = 32;

    public TalentProfile(int traineeId, int enrolmentId, DateTime sponsorFirstUntilUtc)
    {
        TraineeId = traineeId;
        EnrolmentId = enrolmentId;
        SponsorFirstUntilUtc = sponsorFirstUntilUtc;
        PseudonymKey = RandomNumberGenerator.GetBytes(PseudonymKeyLength);
    }

    public int TraineeId { get; private set; }
    public Trainee? Trainee { get; private set; }

    /// <summary>The certified enrolment whose cohort, track, attendance and certificate the card vouches for.</summary>
    public int EnrolmentId { get; private set; }
    public Enrolment? Enrolment { get; private set; }

    public string Headline { get; private set; } = "";

    /// <summary>Skill tags, lower-case, separated by commas (the track's offered tags and the graduate's own).</summary>
    public string Skills { get; private set; } = "";
    public string? City { get; private set; }
    public bool WillingToRelocate { get; private set; }
    public DateOnly? AvailableFrom { get; private set; }
    public string? PortfolioUrl { get; private set; }
    public byte[]? Cv { get; private set; }
    public string? CvFileName { get; private set; }

    /// <summary>Until then only the firms sponsoring the cohort see the profile.</summary>
    public DateTime SponsorFirstUntilUtc { get; private set; }

    /// <summary>The consent holds until this moment; null before the first consent.</summary>
    public DateTime? ConsentedUntilUtc { get; private set; }
    public DateTime? WithdrawnAtUtc { get; private set; }

    /// <summary>Secret per graduate: a firm's pseudonym for the graduate is derived from it and the firm's id.</summary>
    public byte[] PseudonymKey { get; private set; }

    public bool IsConsentedAt(DateTime nowUtc) => WithdrawnAtUtc is null && ConsentedUntilUtc > nowUtc;

    public void Describe(TalentDetails details)
    {
        Headline = details.Headline;
        Skills = string.Join(",", details.Skills);
        City = details.City;
        WillingToRelocate = details.WillingToRelocate;
        AvailableFrom = details.AvailableFrom;
        PortfolioUrl = details.PortfolioUrl;
    }

    public void AttachCv(string fileName, byte[] content)
    {
        CvFileName = fileName;
        Cv = content;
    }

    public void RemoveCv()
    {
        CvFileName = null;
        Cv = null;
    }

    /// <summary>Joining and renewing both give a fresh consent period from now.</summary>
    public void Consent(DateTime nowUtc, TimeSpan period)
    {
        WithdrawnAtUtc = null;
        ConsentedUntilUtc = nowUtc + period;
    }

    public void Withdraw(DateTime nowUtc)
    {
        WithdrawnAtUtc = nowUtc;
        ConsentedUntilUtc = null;
    }
}

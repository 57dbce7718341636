namespace TrainingCenter.TalentPool;

/// <summary>The <c>TalentPool</c> settings.</summary>
public sealed class TalentPoolOptions
{
    public const string Section = "TalentPool";

    /// <summary>How long one consent holds before the graduate must renew it.</summary>
    public int ConsentDays { get; set; } = 90;

    /// <summary>Days after a cohort's end during which only its sponsors see its graduates.</summary>
    public int SponsorFirstDays { get; set; } = 14;

    /// <summary>Introduction requests one firm may send in any 7 days.</summary>
    public int RequestsPerWeek { get; set; } = 10;

    /// <summary>Days before a consent lapses on which the graduate is reminded.</summary>
    public int ReminderDays { get; set; } = 7;

    public TimeSpan ConsentPeriod => TimeSpan.FromDays(ConsentDays);
}

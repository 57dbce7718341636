using System.Security.Cryptography;
using System.Text;
using TrainingCenter.Data;

namespace TrainingCenter.TalentPool;

/// <summary>
/// The one rule for which pool graduates a member firm sees, used by every page and search: consent current to the
/// moment and not withdrawn, the firm active and not blocked by the graduate, the certificate live, and within the
/// cohort's sponsor-first window only the cohort's sponsors. And the firm's pseudonym for each graduate.
/// </summary>
public static class TalentVisibility
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static IQueryable<TalentProfile> To(AppDbContext db, int firmId, DateTime nowUtc) =>
        db.TalentProfiles.Where(p => p.WithdrawnAtUtc == null && p.ConsentedUntilUtc > nowUtc
            && db.MemberFirms.Any(f => f.Id == firmId && f.IsActive)
            && !db.TalentBlocks.Any(b => b.TalentProfileId == p.Id && b.MemberFirmId == firmId)
            && db.Certificates.Any(c => c.EnrolmentId == p.EnrolmentId && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
            && (p.SponsorFirstUntilUtc <= nowUtc || db.Sponsorships.Any(s => s.CohortId == p.Enrolment!.CohortId && s.MemberFirmId == firmId)));

    /// <summary>
    /// What <paramref name="firmId"/> calls the graduate whose profile holds <paramref name="pseudonymKey"/>: the same
    /// every time, different for every firm, and no firm can work out another's from its own.
    /// </summary>
    public static string Pseudonym(byte[] pseudonymKey, int firmId)
    {
        var hash = HMACSHA256.HashData(pseudonymKey, Encoding.UTF8.GetBytes($"firm:{firmId}"));
        var letters = new char[8];
        for (var i = 0; i < letters.Length; i++) letters[i] = Alphabet[hash[i] % Alphabet.Length];
        return $"{new string(letters, 0, 4)}-{new string(letters, 4, 4)}";
    }
}

using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Identity;

namespace TrainingCenter.Attendance;

/// <summary>
/// Loads and saves one session's attendance sheet in a fixed number of queries, whatever the size of the class.
/// Every change goes through <see cref="AttendanceRecord.Mark"/>, so it is audited; a row someone else changed after
/// the sheet was loaded is never overwritten but comes back as a conflict.
/// </summary>
public sealed class AttendanceSheetService(AppDbContext db, AttendanceOptions options, TimeProvider clock)
{
    /// <summary>Enough to get past saves made at the same moment, whose rows then show as conflicts.</summary>
    private const int SaveAttempts = 3;

    private DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    /// <summary>The session, and whether <paramref name="userId"/> teaches it (see <see cref="CohortStaff"/>); null for an unknown session.</summary>
    public Task<AttendanceSheetSession?> FindSessionAsync(int sessionId, string userId, CancellationToken ct)
    {
        var taught = CohortStaff.SessionIdsTaughtBy(db, userId);
        var cohorts = CohortStaff.CohortIdsTaughtBy(db, userId);
        return db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new AttendanceSheetSession(s.Id, s.CohortId, s.Cohort!.Code, s.Cohort.Title, s.Cohort.TimeZoneId, s.Topic,
                s.StartsAtUtc, s.EndsAtUtc, s.IsCancelled, s.CancellationReason, taught.Contains(s.Id),
                cohorts.Contains(s.CohortId)))
            .SingleOrDefaultAsync(ct);
    }

    public string? Refusal(AttendanceSheetSession session, bool isAdmin) => session.Refusal(isAdmin, NowUtc, options.EditWindowDays);

    /// <summary>Every trainee the session applies to (see <see cref="AttendanceRatePeriod"/>), by name, with their mark as stored.</summary>
    public async Task<IReadOnlyList<AttendanceSheetRow>> RowsAsync(AttendanceSheetSession session, CancellationToken ct)
    {
        if (session.IsCancelled) return [];
        var candidates = await (
            from e in db.Enrolments.AsNoTracking()
            where e.CohortId == session.CohortId && e.EnrolledAtUtc != null
            join r in db.AttendanceRecords.Where(r => r.SessionId == session.Id) on e.Id equals r.EnrolmentId into records
            from r in records.DefaultIfEmpty()
            join u in db.Users on r.MarkedByUserId equals u.Id into markers
            from u in markers.DefaultIfEmpty()
            select new
            {
                e.Status,
                e.EnrolledAtUtc,
                e.StatusChangedAtUtc,
                Row = new AttendanceSheetRow(e.Id, e.Trainee!.FullName, e.Status, (int?)r.Id, (AttendanceStatus?)r.Status,
                    r.LateMinutes, r.Note, (Guid?)r.Version, u.DisplayName, (DateTime?)r.MarkedAtUtc),
            })
            .ToListAsync(ct);
        return candidates
            .Where(c => AttendanceRatePeriod.Of(c.Status, c.EnrolledAtUtc, c.StatusChangedAtUtc).Covers(session.StartsAtUtc))
            .Select(c => c.Row)
            .OrderBy(r => r.TraineeName, StringComparer.InvariantCultureIgnoreCase).ThenBy(r => r.EnrolmentId)
            .ToList();
    }

    /// <summary>
    /// Saves the marked entries of <paramref name="rows"/> in one go. Entries for trainees not on the sheet are ignored;
    /// an entry whose row was changed by someone else since it was loaded is left unsaved and returned as a conflict.
    /// </summary>
    public async Task<AttendanceSheetResult> SaveAsync(AttendanceSheetSession session, IReadOnlyList<AttendanceSheetRow> rows,
        IReadOnlyList<AttendanceSheetEntry> entries, string userId, bool isAdmin, CancellationToken ct)
    {
        if (!session.MayBeMarkedBy(isAdmin)) return AttendanceSheetResult.Refused("You do not teach this cohort.");
        var now = NowUtc;
        if (session.Refusal(isAdmin, now, options.EditWindowDays) is { } refusal) return AttendanceSheetResult.Refused(refusal);
        var onSheet = rows.Select(r => r.EnrolmentId).ToHashSet();
        var marks = entries.Where(e => e.Status is not null).DistinctBy(e => e.EnrolmentId).ToList();
        var wanted = marks.Where(e => onSheet.Contains(e.EnrolmentId)).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (changed, conflicts) = await SaveOnceAsync(session.Id, wanted, userId, now, ct);
                return new AttendanceSheetResult(changed, conflicts, marks.Count - wanted.Count, null);
            }
            catch (DbUpdateException) when (attempt < SaveAttempts)
            {
                // Another save got there first: a record's version moved on, or the same trainee was marked for the first
                // time (the unique index on session and enrolment). Read again; their rows now show as conflicts.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(int Changed, List<AttendanceSheetEntry> Conflicts)> SaveOnceAsync(
        int sessionId, List<AttendanceSheetEntry> entries, string userId, DateTime now, CancellationToken ct)
    {
        var records = await db.AttendanceRecords.Where(r => r.SessionId == sessionId).ToDictionaryAsync(r => r.EnrolmentId, ct);
        var conflicts = new List<AttendanceSheetEntry>();
        var changed = 0;
        foreach (var entry in entries)
        {
            if (!records.TryGetValue(entry.EnrolmentId, out var record))
            {
                record = new AttendanceRecord(sessionId, entry.EnrolmentId);
                db.AttendanceRecords.Add(record);
            }
            else if (entry.LoadedVersion != record.Version)
            {
                if (!entry.Matches(record)) conflicts.Add(entry);
                continue;
            }
            var before = record.Changes.Count;
            record.Mark(entry.Status!.Value, entry.LateMinutes, entry.Note, userId, now);
            if (record.Changes.Count > before) changed++;
        }
        await db.SaveChangesAsync(ct);
        return (changed, conflicts);
    }
}

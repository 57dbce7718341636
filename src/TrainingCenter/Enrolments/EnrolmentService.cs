using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingCenter.Applications;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Notifications;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Enrolments;

/// <summary>
/// Applying, deciding, withdrawing and promoting from the waitlist. Every seat moves through <see cref="SeatLedger"/>
/// inside one transaction with the status change, so capacity holds however many requests arrive at once. The messages
/// telling trainees are recorded in that transaction too, and their delivery is enqueued once it has committed (an
/// application's with the others made within a second: <see cref="DeliveryBatches"/>).
/// </summary>
public sealed class EnrolmentService(AppDbContext db, SeatLedger seats, EnrolmentNotices notices, Outbox outbox, DeliveryBatches batches, TimeProvider clock)
{
    /// <summary>
    /// What the Apply page shows, read in one round trip: the cohort (null when there is no such published cohort), its
    /// questions, the trainee's profile, why applying would be refused now (not a trainee, applied already, applications
    /// closed or not yet open; null when they can apply, a trainee who withdrew included) and whether they withdrew from it before.
    /// </summary>
    public async Task<ApplicationFormView?> ApplicationFormAsync(string cohortCode, string userId, CancellationToken ct)
    {
        if (await FindAsync(cohortCode, userId, ct) is not { } found) return null;
        var check = Check(found);
        var cohort = found.Cohort;
        return new ApplicationFormView(
            new ApplicationFormView.CohortShown(cohort.Id, found.Code, cohort.Title, found.Track, found.StartDate, found.EndDate, cohort.EnrolmentPolicy,
                cohort.PublicSeatsLeft),
            found.Questions,
            new ApplicationFormView.ApplicantProfile(found.FullName ?? "", found.Phone, found.City),
            check.Stop is { } stop ? stop.Error ?? stop.Message : null,
            check.ReturningEnrolmentId is not null);
    }

    /// <summary>
    /// Applies with <paramref name="given"/> answers to the cohort's questions (by question id); refused, nothing saved,
    /// while a required one is blank or an answer breaks its question's rules (<see cref="ApplicationForm.Check"/>).
    /// </summary>
    /// <param name="intent">What the applicant means to do after the cohort; null when they did not say (a returning applicant keeps what they said before).</param>
    public async Task<EnrolmentOutcome> ApplyAsync(string cohortCode, string userId, CareerIntent? intent, IReadOnlyDictionary<int, string?> given, CancellationToken ct)
    {
        var check = await CheckApplicationAsync(cohortCode, userId, ct);
        if (check.Stop is { } stop) return stop;
        var (cohort, questions) = (check.Cohort!, check.Questions);
        var problems = ApplicationForm.Check(questions, given).Problems;
        if (problems.Count > 0) return EnrolmentOutcome.Refused(string.Join(" ", problems.Values)) with { AnswerProblems = problems };
        var application = new ApplicationToSave(cohortCode, cohort, check.TraineeId, check.ReturningEnrolmentId, userId, check.Email, intent,
            questions, given, clock.GetUtcNow().UtcDateTime);

        // A cohort seen full when checked is not tried for a seat: the rest of a rush is waitlisted without waiting for the
        // cohort's row. One seen with seats left whose last seat went while this application was being saved is saved
        // again, waitlisted, at the time it arrived.
        var seatHoped = cohort.EnrolmentPolicy == EnrolmentPolicy.FirstComeFirstServed && cohort.PublicSeatsLeft > 0;
        var saved = await SaveApplicationAsync(application, seatHoped, ct) ?? await SaveApplicationAsync(application, seatHoped: false, ct)
            ?? throw new InvalidOperationException($"Applying to cohort {cohort.Id} without a seat was turned back for want of one.");
        if (saved.Stop is { } raced) return raced;
        batches.Add(saved.Told);

        return new EnrolmentOutcome(NoticeOf(saved.Status) switch
        {
            EnrolmentNotice.Enrolled => Texts.Format("You are enrolled in {0}. A confirmation with the schedule is on its way.", cohort.Title),
            EnrolmentNotice.Waitlisted => Texts.Format("{0} is full, so you are on its waitlist. We will email you if a seat frees up.", cohort.Title),
            _ => Texts.Format("Your application to {0} has been received. The training center will review it.", cohort.Title),
        });
    }

    /// <summary>The trainee leaves a cohort (until it ends); a seat they held goes to the first waitlisted applicant.</summary>
    public async Task<EnrolmentOutcome> WithdrawAsync(int enrolmentId, string userId, CancellationToken ct)
    {
        var enrolment = await db.Enrolments.Include(e => e.Cohort)
            .SingleOrDefaultAsync(e => e.Id == enrolmentId && e.Trainee!.UserId == userId, ct);
        if (enrolment is null) return EnrolmentOutcome.Refused(Texts.Get("There is no such enrolment."));
        var cohort = enrolment.Cohort!;
        if (CohortHasEnded(cohort)) return EnrolmentOutcome.Refused(Texts.Format("{0} has ended, so you can no longer withdraw.", cohort.Title));
        if (!enrolment.CanMoveTo(EnrolmentStatus.Withdrawn))
            return EnrolmentOutcome.Refused(Texts.Format("Your place in {0} is {1}, so there is nothing to withdraw from.", cohort.Title, enrolment.Status.DisplayName()));

        await LeaveAsync(enrolment, EnrolmentStatus.Withdrawn, userId, "Withdrawn by the trainee", notice: null, ct);
        return new EnrolmentOutcome(Texts.Format("You have withdrawn from {0}.", cohort.Title));
    }

    /// <summary>An admin removes an enrolled trainee, with a reason; the seat goes to the first waitlisted applicant.</summary>
    public async Task<EnrolmentOutcome> RemoveAsync(int enrolmentId, string reason, string adminId, CancellationToken ct)
    {
        var enrolment = await db.Enrolments.Include(e => e.Cohort).SingleOrDefaultAsync(e => e.Id == enrolmentId, ct);
        if (enrolment is null) return EnrolmentOutcome.Refused(Texts.Get("There is no such enrolment."));
        if (enrolment.Status != EnrolmentStatus.Enrolled) return EnrolmentOutcome.Refused(Texts.Get("Only an enrolled trainee can be removed."));

        await LeaveAsync(enrolment, EnrolmentStatus.Dropped, adminId, reason.Trim(), EnrolmentNotice.Removed, ct);
        return new EnrolmentOutcome(Texts.Format("The trainee was removed from {0}.", enrolment.Cohort!.Title));
    }

    /// <summary>
    /// An admin takes back a trainee who withdrew, while the cohort runs: into a seat exactly as accepting gives one (a
    /// nominee's firm seat first, if the firm has one left), or onto the end of the waitlist when the cohort is full.
    /// </summary>
    public async Task<EnrolmentOutcome> ReinstateAsync(int cohortId, int enrolmentId, string adminId, CancellationToken ct)
    {
        var found = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == enrolmentId && e.CohortId == cohortId)
            .Select(e => new { e.Status, e.Trainee!.FullName, e.Cohort!.Title, CohortStatus = e.Cohort.Status, e.Cohort.EndDate, e.Cohort.TimeZoneId })
            .SingleOrDefaultAsync(ct);
        if (found is null) return EnrolmentOutcome.Refused(Texts.Get("There is no such enrolment."));
        if (found.Status != EnrolmentStatus.Withdrawn) return EnrolmentOutcome.Refused(Texts.Format("Only a trainee who withdrew can be reinstated; {0} is {1}.", found.FullName, found.Status.DisplayName()));
        if (HasEnded(found.CohortStatus, found.EndDate, found.TimeZoneId))
            return EnrolmentOutcome.Refused(Texts.Format("{0} has ended, so nobody can be reinstated.", found.Title));

        var now = clock.GetUtcNow().UtcDateTime;
        bool seated;
        IReadOnlyList<int> told;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var enrolment = await db.Enrolments.SingleAsync(e => e.Id == enrolmentId, ct);
            if (!await ClaimWithdrawnAsync(enrolmentId, ct))
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return EnrolmentOutcome.Refused(Texts.Format("{0} is no longer withdrawn: someone else acted first.", found.FullName));
            }
            seated = (enrolment.NominatedByFirmId is { } firmId && await seats.TryTakeReservedSeatAsync(cohortId, firmId, ct))
                || await seats.TryTakePublicSeatAsync(cohortId, ct);
            enrolment.Reinstate(seated, now, adminId);
            await db.SaveChangesAsync(ct);
            told = await notices.AddAsync([(enrolment.Id, seated ? EnrolmentNotice.Enrolled : EnrolmentNotice.Waitlisted)], ct);
            await transaction.CommitAsync(ct);
        }
        outbox.Deliver(told);
        return new EnrolmentOutcome(seated
            ? Texts.Format("{0} is reinstated and enrolled in {1}.", found.FullName, found.Title)
            : Texts.Format("{0} is full, so {1} is reinstated on its waitlist.", found.Title, found.FullName));
    }

    /// <summary>
    /// An admin's decision on applications of one cohort: accept (enrol, or waitlist when full), waitlist, or reject with
    /// a reason. Applications that cannot take the decision are left as they are and counted as skipped.
    /// </summary>
    /// <param name="warningsConfirmed">
    /// The admin has seen <see cref="ApplicationWarnings"/> (incomplete profile or answers, overlapping cohorts) and accepts
    /// anyway; without it, an accept that has any is refused with them.
    /// </param>
    public async Task<EnrolmentOutcome> DecideAsync(
        int cohortId, IReadOnlyCollection<int> enrolmentIds, EnrolmentDecision decision, string? reason, bool warningsConfirmed, string adminId,
        CancellationToken ct)
    {
        if (enrolmentIds.Count == 0) return EnrolmentOutcome.Refused(Texts.Get("Select at least one application."));
        if (decision == EnrolmentDecision.Reject && string.IsNullOrWhiteSpace(reason))
            return EnrolmentOutcome.Refused(Texts.Get("Give the reason for rejecting; the applicant will see it."));
        if (decision == EnrolmentDecision.Accept && !warningsConfirmed
            && await ApplicationWarnings.ForAsync(db, cohortId, enrolmentIds, ct) is { Count: > 0 } warnings)
            return EnrolmentOutcome.Refused(Texts.Get("Read the warnings below, then tick \"Accept anyway\" to accept.")) with { Warnings = warnings };
        var now = clock.GetUtcNow().UtcDateTime;
        var decided = new List<(int Id, EnrolmentNotice Notice)>();
        var skipped = 0;
        IReadOnlyList<int> told;

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var chosen = await db.Enrolments
                .Where(e => e.CohortId == cohortId && enrolmentIds.Contains(e.Id))
                .OrderBy(e => e.AppliedAtUtc).ThenBy(e => e.Id)
                .ToListAsync(ct);
            skipped = enrolmentIds.Count - chosen.Count;
            foreach (var enrolment in chosen)
            {
                var notice = await DecideOneAsync(enrolment, decision, reason?.Trim(), adminId, now, ct);
                if (notice is { } n) decided.Add((enrolment.Id, n));
                else skipped++;
            }
            await db.SaveChangesAsync(ct);
            told = await notices.AddAsync(decided, ct);
            await transaction.CommitAsync(ct);
        }
        outbox.Deliver(told);

        var counts = decided.GroupBy(n => n.Notice).Select(g => Describe(g.Key, g.Count()));
        var message = decided.Count == 0 ? Texts.Get("No application changed.") : string.Join(Texts.Get(", "), counts) + Texts.Get(".");
        return new EnrolmentOutcome(skipped == 0 ? message : message + " " + Texts.Format("{0} could not take that decision and were left as they were.", skipped));
    }

    /// <summary>
    /// Marks the cohort's chosen trainees completed: those of <paramref name="enrolmentIds"/> that are enrolled in
    /// <paramref name="cohortId"/> (any other is left alone); no notice is sent. While the cohort still has sessions to run,
    /// nobody is marked unless <paramref name="early"/> confirms completing before the course ends.
    /// </summary>
    public async Task<CompletionOutcome> CompleteAsync(
        int cohortId, IReadOnlyCollection<int> enrolmentIds, bool early, string adminId, CancellationToken ct)
    {
        var sessionsToRun = await SessionsToRunAsync(cohortId, ct);
        if (sessionsToRun > 0 && !early) return new CompletionOutcome(0, sessionsToRun, WaitsForConfirmation: true);
        var enrolments = await db.Enrolments
            .Where(e => e.CohortId == cohortId && enrolmentIds.Contains(e.Id) && e.Status == EnrolmentStatus.Enrolled)
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var enrolment in enrolments)
            enrolment.MoveTo(EnrolmentStatus.Completed, now, adminId, sessionsToRun > 0 ? $"Completed early: {sessionsToRun} sessions still to run" : null);
        await db.SaveChangesAsync(ct);
        return new CompletionOutcome(enrolments.Count, sessionsToRun, WaitsForConfirmation: false);
    }

    /// <summary>Sessions of the cohort, not cancelled, that have not started yet: completing a trainee before them is early.</summary>
    public async Task<int> SessionsToRunAsync(int cohortId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Sessions.CountAsync(s => s.CohortId == cohortId && !s.IsCancelled && s.StartsAtUtc > now, ct);
    }

    /// <summary>Gives freed public seats to waitlisted applicants, first come first served; returns the promoted enrolments.</summary>
    public async Task<IReadOnlyList<int>> PromoteFromWaitlistAsync(int cohortId, string actorId, CancellationToken ct)
    {
        IReadOnlyList<int> promoted, told;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            promoted = await PromoteAsync(cohortId, actorId, clock.GetUtcNow().UtcDateTime, ct);
            await db.SaveChangesAsync(ct);
            told = await notices.AddAsync(Promoted(promoted), ct);
            await transaction.CommitAsync(ct);
        }
        outbox.Deliver(told);
        return promoted;
    }

    /// <summary>What an application saves, whichever attempt saves it.</summary>
    private sealed record ApplicationToSave(
        string CohortCode, CohortToApply Cohort, int TraineeId, int? ReturningEnrolmentId, string UserId, string? Email, CareerIntent? Intent,
        IReadOnlyList<QuestionOnForm> Questions, IReadOnlyDictionary<int, string?> Given, DateTime AtUtc);

    /// <summary>An application saved in <see cref="Status"/>, with the messages to deliver; or <see cref="Stop"/>, what to answer instead.</summary>
    private sealed record SavedApplication(EnrolmentStatus Status, IReadOnlyList<int> Told, EnrolmentOutcome? Stop);

    /// <summary>
    /// Saves the application with its status and its message in one transaction; with <paramref name="seatHoped"/> it is
    /// saved enrolled, and the seat is taken as the transaction's last statement, so the cohort's row is locked only for
    /// that statement and the commit, not while the rest is written. Null, nothing saved, when no seat was left.
    /// </summary>
    private async Task<SavedApplication?> SaveApplicationAsync(ApplicationToSave application, bool seatHoped, CancellationToken ct)
    {
        var (cohort, now, userId) = (application.Cohort, application.AtUtc, application.UserId);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Enrolment enrolment;
        var returns = 0;
        if (application.ReturningEnrolmentId is { } id)
        {
            var returning = await db.Enrolments.Include(e => e.Answers).Where(e => e.Id == id)
                .Select(e => new { Enrolment = e, Returns = e.History.Count(h => h.From == EnrolmentStatus.Withdrawn) })
                .SingleAsync(ct);
            // Claimed in the database before a seat is taken, so two simultaneous returns cannot both take one.
            if (!await ClaimWithdrawnAsync(id, ct))
                return await AnswerRaceAsync(transaction, application, ct);
            (enrolment, returns) = (returning.Enrolment, returning.Returns + 1);
            enrolment.ApplyAgain(now, userId);
        }
        else
        {
            enrolment = new Enrolment(cohort.Id, application.TraineeId, now, userId);
            db.Enrolments.Add(enrolment);
        }
        if (application.Intent is { } stated) enrolment.StateIntent(stated);
        enrolment.Answer(ApplicationForm.Check(application.Questions, application.Given).Answers);
        if (cohort.EnrolmentPolicy == EnrolmentPolicy.FirstComeFirstServed)
            enrolment.MoveTo(seatHoped ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted, now, userId, seatHoped ? null : "The cohort was full");
        // A failed save here is never recovered inside the transaction (it is rolled back whole), so EF's savepoint around
        // the save would be two round trips for nothing; nor is the notice's save below.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            if (seatHoped) await db.SaveChangesLeavingFiguresStampAsync(cohort.Id, ct);
            else await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (application.ReturningEnrolmentId is null)
        {
            // The same trainee applied twice at once: the unique index kept one; show that one.
            return await AnswerRaceAsync(transaction, application, ct);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
        var told = await notices.AddForApplicationAsync(enrolment, NoticeOf(enrolment.Status), userId, application.Email, returns, ct);
        if (seatHoped && !await seats.TryTakePublicSeatAsync(cohort.Id, ct))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return null;
        }
        await transaction.CommitAsync(ct);
        return new SavedApplication(enrolment.Status, told, null);
    }

    /// <summary>Another request for the same trainee and cohort went first: nothing is saved, and the answer is the application it left.</summary>
    private async Task<SavedApplication> AnswerRaceAsync(IDbContextTransaction transaction, ApplicationToSave application, CancellationToken ct)
    {
        await transaction.RollbackAsync(ct);
        db.ChangeTracker.Clear();
        var stop = (await CheckApplicationAsync(application.CohortCode, application.UserId, ct)).Stop ?? throw new InvalidOperationException(
            $"Applying to cohort {application.Cohort.Id} lost a race to another request, yet can still be applied with.");
        return new SavedApplication(EnrolmentStatus.Applied, [], stop);
    }

    private static EnrolmentNotice NoticeOf(EnrolmentStatus applied) => applied switch
    {
        EnrolmentStatus.Enrolled => EnrolmentNotice.Enrolled,
        EnrolmentStatus.Waitlisted => EnrolmentNotice.Waitlisted,
        _ => EnrolmentNotice.Applied,
    };

    private static List<(int, EnrolmentNotice)> Promoted(IEnumerable<int> enrolmentIds) =>
        enrolmentIds.Select(id => (id, EnrolmentNotice.Promoted)).ToList();

    /// <param name="PublicSeatsLeft">As committed when read, before the application's transaction.</param>
    private sealed record CohortToApply(
        int Id, string Title, CohortStatus Status, EnrolmentPolicy EnrolmentPolicy, DateTime EnrolmentOpensAtUtc, DateTime EnrolmentClosesAtUtc, string TimeZoneId,
        int PublicSeatsLeft);

    /// <summary>
    /// What applying would meet: the cohort, the trainee (and the address their messages go to), an enrolment they withdrew
    /// from and the cohort's questions; or <paramref name="Stop"/>, what to answer instead of applying (a refusal, or the
    /// application they already have).
    /// </summary>
    private sealed record ApplicationCheck(
        CohortToApply? Cohort, int TraineeId, string? Email, int? ReturningEnrolmentId, IReadOnlyList<QuestionOnForm> Questions, EnrolmentOutcome? Stop);

    /// <summary>
    /// A published cohort with what applying to it and showing its form need: the trainee (by user) and their address,
    /// their application to it, its questions.
    /// </summary>
    private sealed record CohortAndApplicant(
        CohortToApply Cohort, string Code, string Track, DateOnly StartDate, DateOnly EndDate,
        int? TraineeId, string? FullName, string? Phone, string? City, string? Email, int? ExistingId, EnrolmentStatus? ExistingStatus, List<QuestionOnForm> Questions);

    private async Task<ApplicationCheck> CheckApplicationAsync(string cohortCode, string userId, CancellationToken ct)
    {
        if (await FindAsync(cohortCode, userId, ct) is { } found) return Check(found);
        return await db.Trainees.AnyAsync(t => t.UserId == userId, ct)
            ? new(null, 0, null, null, [], EnrolmentOutcome.Refused(Texts.Get("There is no such cohort.")))
            : new(null, 0, null, null, [], NotATrainee());
    }

    /// <summary>
    /// The cohort, the trainee and their address, the trainee's application to it (at most one: a unique index) and its
    /// questions (in the form's order) in one round trip; null when there is no such published cohort. The trainee's row
    /// (at most one per user: a unique index) and their application are joined once, not read by a subquery per column.
    /// Compiled once: the Apply page and applying each run it, so in a rush it is the app's most frequent query. A compiled
    /// query takes the code as a parameter, so it is normalised here as <see cref="Cohort.WithCode"/> does.
    /// </summary>
    private Task<CohortAndApplicant?> FindAsync(string cohortCode, string userId, CancellationToken ct) =>
        FindQuery.For(db)(db, Cohort.NormalizeCode(cohortCode), userId, ct);

    private static readonly ModelCompiledQuery<Func<AppDbContext, string, string, CancellationToken, Task<CohortAndApplicant?>>> FindQuery = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string code, string userId, CancellationToken ct) =>
            (from c in db.Cohorts.AsNoTracking().Where(c => c.Code == code).Where(Cohort.Published)
             from t in db.Trainees.Where(t => t.UserId == userId).DefaultIfEmpty()
             from e in db.Enrolments.Where(e => e.CohortId == c.Id && e.TraineeId == t!.Id).DefaultIfEmpty()
             select new CohortAndApplicant(
                 new CohortToApply(c.Id, c.Title, c.Status, c.EnrolmentPolicy, c.EnrolmentOpensAtUtc, c.EnrolmentClosesAtUtc, c.TimeZoneId,
                     Cohort.PublicSeatsLeftOf(c.Capacity, c.SeatsTaken, c.ReservedSeatsUnused)),
                 c.Code, c.Track!.Name, c.StartDate, c.EndDate,
                 (int?)t!.Id, t.FullName, t.Phone, t.City, t.User!.Email,
                 (int?)e!.Id, (EnrolmentStatus?)e.Status,
                 db.ApplicationQuestions.Where(q => q.CohortId == c.Id).OrderBy(q => q.Position).ThenBy(q => q.Id)
                     .Select(q => new QuestionOnForm(q.Id, q.Text, q.Kind, q.IsRequired, q.Options)).ToList()))
            .SingleOrDefault()));

    private ApplicationCheck Check(CohortAndApplicant found)
    {
        if (found.TraineeId is not { } trainee) return new(null, 0, null, null, [], NotATrainee());
        var (cohort, existingId) = (found.Cohort, found.ExistingId);
        if (found.ExistingStatus is { } status && status != EnrolmentStatus.Withdrawn)
            return new(cohort, trainee, found.Email, null, found.Questions,
                new EnrolmentOutcome(Texts.Format("You have already applied to {0}: your application is {1}.", cohort.Title, status.DisplayName())));

        var now = clock.GetUtcNow().UtcDateTime;
        var refusal = !Cohort.TakesApplications(cohort.Status, cohort.EnrolmentClosesAtUtc, now)
            ? Texts.Format("Applications for {0} are closed.", cohort.Title)
            : now < cohort.EnrolmentOpensAtUtc
                ? Texts.Format("Applications for {0} open on {1}.", cohort.Title, CohortTime.Format(cohort.EnrolmentOpensAtUtc, cohort.TimeZoneId))
                : null;
        return new(cohort, trainee, found.Email, existingId, found.Questions, refusal is null ? null : EnrolmentOutcome.Refused(refusal));
    }

    private static EnrolmentOutcome NotATrainee() => EnrolmentOutcome.Refused(Texts.Get("Only trainees can apply. Please register as a trainee first."));

    /// <summary>
    /// Moves a withdrawn enrolment on in the database, only if it is still withdrawn; false when another request did first.
    /// Load the enrolment before: the caller's save then writes the status it ends in.
    /// </summary>
    private async Task<bool> ClaimWithdrawnAsync(int enrolmentId, CancellationToken ct) =>
        await db.Enrolments
            .Where(e => e.Id == enrolmentId && e.Status == EnrolmentStatus.Withdrawn)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrolmentStatus.Applied), ct) == 1;

    private async Task<EnrolmentNotice?> DecideOneAsync(
        Enrolment enrolment, EnrolmentDecision decision, string? reason, string adminId, DateTime now, CancellationToken ct)
    {
        switch (decision)
        {
            case EnrolmentDecision.Accept when enrolment.CanMoveTo(EnrolmentStatus.Accepted):
                enrolment.MoveTo(EnrolmentStatus.Accepted, now, adminId, reason);
                if (await seats.TryTakePublicSeatAsync(enrolment.CohortId, ct))
                {
                    enrolment.MoveTo(EnrolmentStatus.Enrolled, now, adminId);
                    return EnrolmentNotice.Enrolled;
                }
                enrolment.MoveTo(EnrolmentStatus.Waitlisted, now, adminId, "Accepted, but the cohort is full");
                return EnrolmentNotice.Waitlisted;
            case EnrolmentDecision.Waitlist when enrolment.CanMoveTo(EnrolmentStatus.Waitlisted) && enrolment.Status != EnrolmentStatus.Accepted:
                enrolment.MoveTo(EnrolmentStatus.Waitlisted, now, adminId, reason);
                return EnrolmentNotice.Waitlisted;
            case EnrolmentDecision.Reject when enrolment.CanMoveTo(EnrolmentStatus.Rejected):
                enrolment.MoveTo(EnrolmentStatus.Rejected, now, adminId, reason);
                return EnrolmentNotice.Rejected;
            default:
                return null;
        }
    }

    /// <summary>The enrolment ends; a seat it held goes to the waitlist. Tells the trainee (<paramref name="notice"/>, if any) and those promoted.</summary>
    private async Task LeaveAsync(Enrolment enrolment, EnrolmentStatus to, string actorId, string reason, EnrolmentNotice? notice, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var heldSeat = enrolment.Status == EnrolmentStatus.Enrolled;
        IReadOnlyList<int> told;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            enrolment.MoveTo(to, now, actorId, reason);
            await db.SaveChangesAsync(ct);
            IReadOnlyList<int> promoted = [];
            if (heldSeat)
            {
                await seats.ReleaseSeatAsync(enrolment.CohortId, enrolment.NominatedByFirmId, ct);
                promoted = await PromoteAsync(enrolment.CohortId, actorId, now, ct);
                await db.SaveChangesAsync(ct);
            }
            var messages = Promoted(promoted);
            if (notice is { } own) messages.Insert(0, (enrolment.Id, own));
            told = await notices.AddAsync(messages, ct);
            await transaction.CommitAsync(ct);
        }
        outbox.Deliver(told);
    }

    /// <summary>Moves waitlisted applicants into free public seats in waitlist order, while seats last.</summary>
    private async Task<IReadOnlyList<int>> PromoteAsync(int cohortId, string actorId, DateTime now, CancellationToken ct)
    {
        var promoted = new List<int>();
        var waitlist = await db.Enrolments
            .Where(e => e.CohortId == cohortId && e.Status == EnrolmentStatus.Waitlisted)
            .OrderBy(e => e.WaitlistedAtUtc).ThenBy(e => e.Id)
            .ToListAsync(ct);
        foreach (var next in waitlist)
        {
            if (!await seats.TryTakePublicSeatAsync(cohortId, ct)) break;
            next.MoveTo(EnrolmentStatus.Enrolled, now, actorId, "A seat freed up: promoted from the waitlist");
            promoted.Add(next.Id);
        }
        return promoted;
    }

    private bool CohortHasEnded(Cohort cohort) => HasEnded(cohort.Status, cohort.EndDate, cohort.TimeZoneId);

    private bool HasEnded(CohortStatus status, DateOnly endDate, string timeZoneId)
    {
        var today = DateOnly.FromDateTime(CohortTime.ToLocal(clock.GetUtcNow().UtcDateTime, timeZoneId));
        return status is CohortStatus.Completed or CohortStatus.Cancelled || today > endDate;
    }

    private static string Describe(EnrolmentNotice notice, int count) => notice switch
    {
        EnrolmentNotice.Enrolled => Texts.Format("{0} enrolled", count),
        EnrolmentNotice.Waitlisted => Texts.Format("{0} waitlisted", count),
        EnrolmentNotice.Rejected => Texts.Format("{0} rejected", count),
        _ => $"{count} {notice.ToString().ToLowerInvariant()}",
    };
}

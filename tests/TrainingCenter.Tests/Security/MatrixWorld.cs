using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Announcements;
using TrainingCenter.Applications;
using TrainingCenter.Centres;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Funding;
using TrainingCenter.Identity;
using TrainingCenter.Outcomes;
using TrainingCenter.TalentPool;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Security;

/// <summary>
/// Two cohorts with everything a route can point at: X (instructor X, firm A, a trainee, a certificate, a batch, a
/// nomination, an announcement, a stand-in instructor for one session, an outcome at firm A with its evidence and its training-cost share, a talent pool card...) and Y (instructor Y, firm B, the other trainee),
/// and a signed-in client per party.
/// Route values always point at X's side, so every party but X's own is an outsider.
/// </summary>
public sealed partial class MatrixWorld
{
    private readonly Dictionary<string, string> values;
    private readonly Dictionary<Party, string> emails;

    private MatrixWorld(IReadOnlyDictionary<Party, PageClient> clients, Dictionary<Party, string> emails, Dictionary<string, string> values, SecretsOfX secrets)
    {
        Clients = clients;
        this.emails = emails;
        this.values = values;
        Secrets = secrets;
    }

    public IReadOnlyDictionary<Party, PageClient> Clients { get; }

    public SecretsOfX Secrets { get; }

    /// <summary>The email the party signs in with (password <see cref="DemoAccounts.Password"/>); not for <see cref="Party.Anonymous"/>.</summary>
    public string EmailOf(Party party) => emails[party];

    /// <summary>What a route or query value naming one of X's objects is, e.g. <c>"certificate"</c> → its id.</summary>
    public string ValueOf(string kind) => values[kind];

    /// <summary>Text about X's people that only some parties may ever see.</summary>
    /// <param name="TraineeName">The trainee of X's name: for the admin, X's instructor, firm A and the trainee.</param>
    /// <param name="TraineeEmail">Their email: never for sponsors, nor for anyone outside X.</param>
    /// <param name="ClassmateName">Another trainee of X: not for the trainee either.</param>
    public sealed record SecretsOfX(string TraineeName, string TraineeEmail, string ClassmateName);

    /// <param name="signIn">False where the app's in-memory clients cannot reach it (a browser test's Kestrel app): <see cref="Clients"/> is empty.</param>
    public static async Task<MatrixWorld> ArrangeAsync(TrainingCenterApp app, bool signIn = true)
    {
        var ct = TestContext.Current.CancellationToken;
        // X and Y run at centres of their own (A and B), so a route naming X's centre names nothing of Y's, and the
        // admin of Y's centre is an outsider to everything of X.
        var (centreOfX, centreOfY) = await app.WithDbAsync(async db =>
        {
            var a = new Centre($"Centre of X {Guid.NewGuid():N}"[..24], "Multan", "Bosan Road, Multan", "Asia/Karachi", "x@centre.example");
            var b = new Centre($"Centre of Y {Guid.NewGuid():N}"[..24], "Quetta", "Jinnah Road, Quetta", "Asia/Karachi", "y@centre.example");
            db.Centres.AddRange(a, b);
            await db.SaveChangesAsync(ct);
            return (a.Id, b.Id);
        });
        var x = await app.Cohort().AtCentre(centreOfX).ForCertificates(10, 10).Completed().BuildAsync();
        var y = await app.Cohort().AtCentre(centreOfY).ForCertificates(10, 10).Completed().BuildAsync();
        var centreAdminX = await CentreAdminAsync(app, centreOfX);
        var centreAdminY = await CentreAdminAsync(app, centreOfY);
        var sponsorA = await SponsorAsync(app, x.FirmIds[0]);
        var sponsorB = await SponsorAsync(app, y.FirmIds[0]);
        var standIn = await app.CreateUserAsync(Roles.Instructor);

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var adminId = await db.Users.Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(ct);
        var certificate = await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().IssueAsync(x.Trainees[0].EnrolmentId, adminId, ct);
        await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().IssueAsync(y.Trainees[0].EnrolmentId, adminId, ct);
        var now = DateTime.UtcNow;
        var batch = new CertificateBatch(x.CohortId, adminId, now);
        var nomination = new Nomination(x.CohortId, x.FirmIds[0], $"nominee-{Guid.NewGuid():N}@test.example", Token(), adminId, now.AddDays(14));
        var invitation = new FirmInvitation(x.FirmIds[0], $"staff-{Guid.NewGuid():N}@test.example", Token(), now.AddDays(14));
        var announcement = new Announcement(x.CohortId, "Room change", "We meet in room 4 from Monday.", adminId);
        var question = new ApplicationQuestion(x.CohortId, 1, "Do you have a laptop?", QuestionKind.YesNo, isRequired: true, options: null);
        db.AddRange(batch, nomination, invitation, announcement, question);
        await db.SaveChangesAsync(ct);
        // Answered, so the question stays (an answered one cannot be removed) for every form that names it.
        var applied = await db.Enrolments.Include(e => e.Answers).SingleAsync(e => e.Id == x.Trainees[0].EnrolmentId, ct);
        applied.Answer([new ApplicationAnswer(question.Id, ApplicationQuestion.Yes)]);
        await db.SaveChangesAsync(ct);

        // X's trainee reports a job at firm A, with an offer letter: firm A may see the name on its hires, nobody else outside staff.
        var outcomes = scope.ServiceProvider.GetRequiredService<OutcomeService>();
        Assert.Empty(await outcomes.RecordAsync(x.Trainees[0].EnrolmentId, new OutcomeReport(OutcomeStatus.EmployedFullTimeInField,
            EmployerFirmId: x.FirmIds[0], JobTitle: "Developer", StartedOn: DateOnly.FromDateTime(now.AddDays(-5))), OutcomeSource.SelfReported, null, ct));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<EvidenceFiles>().AttachAsync(x.Trainees[0].EnrolmentId, EvidenceKind.OfferLetter,
            "offer.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray(), adminId, ct));
        // Staff verify it: firm A, one of X's two equal sponsors, owes the other a training-cost share (no firm's answer, so firm A can still answer).
        var jobId = await db.GraduateOutcomes.Where(o => o.EnrolmentId == x.Trainees[0].EnrolmentId).Select(o => o.Id).SingleAsync(ct);
        Assert.True(await outcomes.VerifyAsync(jobId, adminId, ct));
        Assert.True(await db.TrainingCostShares.AnyAsync(s => s.GraduateOutcomeId == jobId, ct));
        // X's trainee is in the talent pool: firm A (X's sponsor) sees their card under its own pseudonym, firm B under another.
        var talent = scope.ServiceProvider.GetRequiredService<TalentProfiles>();
        var xTraineeId = await db.Enrolments.Where(e => e.Id == x.Trainees[0].EnrolmentId).Select(e => e.TraineeId).SingleAsync(ct);
        Assert.Null((await talent.JoinAsync(xTraineeId, new TalentDetails("Backend developer", ["c#"], "Lahore", false, null, null), ct)).Error);
        var pseudonymKey = await db.TalentProfiles.Where(p => p.TraineeId == xTraineeId).Select(p => p.PseudonymKey).SingleAsync(ct);
        var evidenceId = await db.OutcomeEvidence.Where(e => e.GraduateOutcome!.EnrolmentId == x.Trainees[0].EnrolmentId).Select(e => e.Id).SingleAsync(ct);

        // X is co-funded by a grant with tranches, so every money form (receipt, in-kind, budget, grant, tranche, claim steps) shows.
        var funder = new Funder($"Matching scheme {Guid.NewGuid():N}"[..30], "Skills match", "grants@scheme.example", FunderKind.Government);
        db.Funders.Add(funder);
        await db.SaveChangesAsync(ct);
        // Its start tranche's claim is submitted (the paid and reject forms show), its completion tranche's is a draft (the
        // submit form shows) and its outcome tranche, met by the trainee's job, is not claimed yet (the claim form shows).
        var grant = new Grant(x.CohortId, funder.Id, 500_000, 1m, null, inKindCounts: false);
        Assert.Null(grant.AddTranche(Milestone.Start, 1, 40));
        Assert.Null(grant.AddTranche(Milestone.Completion, 1, 30));
        Assert.Null(grant.AddTranche(Milestone.Outcome, 1, 30));
        db.Grants.Add(grant);
        await db.SaveChangesAsync(ct);
        var submittedClaim = new GrantClaim(x.CohortId, grant.Tranches[0].Id, 200_000, 1);
        Assert.Null(submittedClaim.Submit(DateOnly.FromDateTime(now)));
        db.GrantClaims.AddRange(submittedClaim, new GrantClaim(x.CohortId, grant.Tranches[1].Id, 150_000, 1));
        await db.SaveChangesAsync(ct);
        // Firm A's pledge has a receipt, and X an in-kind contribution and a budget line, so their correction pages open.
        var today = DateOnly.FromDateTime(now);
        var receipt = (await db.Sponsorships.SingleAsync(s => s.CohortId == x.CohortId && s.MemberFirmId == x.FirmIds[0], ct))
            .Receive(100_000, today, "MATRIX-1", ReceiptMethod.BankTransfer);
        // X asks a trainee fee, so the fee page's payment and scholarship forms show; one trainee has paid part of it and
        // the other has a scholarship, so their correction pages open.
        db.CohortFees.Add(new CohortFee(x.CohortId, 25_000));
        var feePayment = new FeePayment(x.Trainees[0].EnrolmentId, 10_000, today, "MATRIX-FEE-1", ReceiptMethod.Cash);
        var scholarship = new FeeWaiver(x.Trainees[1].EnrolmentId, 5_000, "Matrix scholarship");
        var gift = new InKindContribution(x.CohortId, x.FirmIds[0], InKindKind.Venue, 50_000, "Training hall");
        var line = new BudgetLine(x.CohortId, BudgetCategory.Venue, BudgetEntryKind.Planned, 80_000, today, "Hall hire");
        db.AddRange(gift, line, feePayment, scholarship);
        await db.SaveChangesAsync(ct);

        var session = await db.Sessions.Where(s => s.CohortId == x.CohortId).OrderBy(s => s.StartsAtUtc).FirstAsync(ct);
        session.InstructorId = await db.Users.Where(u => u.Email == standIn).Select(u => u.Id).SingleAsync(ct);
        await db.SaveChangesAsync(ct);
        var sessionId = session.Id;
        var values = new Dictionary<string, string>
        {
            ["cohort"] = x.Code,
            ["session"] = Id(sessionId),
            ["record"] = Id(await db.AttendanceRecords.Where(r => r.SessionId == sessionId && r.EnrolmentId == x.Trainees[0].EnrolmentId).Select(r => r.Id).SingleAsync(ct)),
            ["certificate"] = Id(certificate.Id),
            ["enrolment"] = Id(x.Trainees[0].EnrolmentId),
            ["trainee"] = Id(await db.Enrolments.Where(e => e.Id == x.Trainees[0].EnrolmentId).Select(e => e.TraineeId).SingleAsync(ct)),
            ["evidence"] = Id(evidenceId),
            ["check-in"] = scope.ServiceProvider.GetRequiredService<CheckInLinks>().Issue(new CheckInClaim(x.Trainees[0].EnrolmentId, 90, 0)),
            ["verification"] = certificate.VerificationCode,
            ["batch"] = Id(batch.Id),
            ["sponsorship"] = Id(await db.Sponsorships.Where(s => s.CohortId == x.CohortId && s.MemberFirmId == x.FirmIds[0]).Select(s => s.Id).SingleAsync(ct)),
            ["track"] = Id(await db.Cohorts.Where(c => c.Id == x.CohortId).Select(c => c.TrackId).SingleAsync(ct)),
            ["firm"] = Id(x.FirmIds[0]),
            ["centre"] = Id(centreOfX),
            ["funder"] = Id(funder.Id),
            ["receipt"] = Id(receipt.Id),
            ["in-kind"] = Id(gift.Id),
            ["budget-line"] = Id(line.Id),
            ["fee-payment"] = Id(feePayment.Id),
            ["scholarship"] = Id(scholarship.Id),
            ["nomination"] = nomination.Token,
            ["invitation"] = invitation.Token,
            ["announcement"] = Id(announcement.Id),
            ["question"] = Id(question.Id),
            ["talent"] = TalentVisibility.Pseudonym(pseudonymKey, x.FirmIds[0]),
            ["notification"] = Id(await db.Notifications.Where(n => n.EnrolmentId == x.Trainees[0].EnrolmentId).Select(n => n.Id).FirstAsync(ct)),
        };
        var (instructorX, instructorY) = (x.InstructorEmail, y.InstructorEmail);

        var emails = new Dictionary<Party, string>
        {
            [Party.Trainee] = x.Trainees[0].Email, [Party.OtherTrainee] = y.Trainees[0].Email,
            [Party.InstructorX] = instructorX, [Party.InstructorY] = instructorY, [Party.StandInX] = standIn,
            [Party.SponsorA] = sponsorA, [Party.SponsorB] = sponsorB, [Party.Admin] = DemoAccounts.Admin.Email,
            [Party.CentreAdminX] = centreAdminX, [Party.CentreAdminY] = centreAdminY,
        };
        var clients = new Dictionary<Party, PageClient>();
        if (signIn)
        {
            clients[Party.Anonymous] = app.CreatePageClient();
            foreach (var (party, email) in emails)
                clients[party] = await app.SignedInAsync(email);
        }
        return new MatrixWorld(clients, emails, values, new SecretsOfX(x.Trainees[0].Name, x.Trainees[0].Email, x.Trainees[1].Name));
    }

    /// <summary>Signs the party's client in again, after a form (log out, sign out everywhere) ended its session.</summary>
    public async Task SignInAgainAsync(Party party)
    {
        var response = await Clients[party].LoginAsync(emails[party], DemoAccounts.Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The page's URL with every route value pointing at X's side, and the handler named.</summary>
    /// <exception cref="InvalidOperationException">A route value this test does not know how to fill: teach <see cref="ObjectOf"/>.</exception>
    public string Url(PageEndpoint page, string handler)
    {
        var segments = page.Template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var parameter = Parameter().Match(segments[i]);
            if (!parameter.Success) continue;
            var kind = ObjectOf(parameter.Groups[1].Value, segments.Take(i).LastOrDefault(s => !s.StartsWith('{')) ?? "", page.Template)
                ?? throw new InvalidOperationException(
                    $"{page.Template}: which object does {{{parameter.Groups[1].Value}}} name? Add it to {nameof(MatrixWorld)}.{nameof(ObjectOf)}.");
            segments[i] = Uri.EscapeDataString(values[kind]);
        }
        var path = "/" + string.Join('/', segments);
        return handler.Length == 0 ? path : $"{path}?handler={Uri.EscapeDataString(handler)}";
    }

    /// <summary>What a route parameter names, from its name and the literal segment before it.</summary>
    private static string? ObjectOf(string parameter, string before, string template) => (parameter, before) switch
    {
        ("code", "verify") => "verification",
        ("code", _) => "cohort",
        ("token", "Nominations") => "nomination",
        ("token", "Invitations") => "invitation",
        ("id", "Sessions") => "session",
        ("id", "Records") => "record",
        ("id", "Certificates") => "certificate",
        ("id", "Batches") => "batch",
        ("id", "Sponsors") => "sponsorship",
        ("id", "Firms") => "firm",
        ("id", "Centres") => "centre",
        ("id", "Funders") => "funder",
        ("id", "Receipts") => "receipt",
        ("id", "InKind") => "in-kind",
        ("id", "Budget") => "budget-line",
        ("id", "Payments") => "fee-payment",
        ("id", "Scholarships") => "scholarship",
        ("id", "Announcements") => "announcement",
        ("id", "Questions") => "question",
        ("id", "Applications") => "enrolment",
        ("id", "Outbox") => "notification",
        ("enrolmentId", "Outcomes" or "Career") => "enrolment",
        ("token", "check-in") => "check-in",
        ("id", "Enrolments") => "enrolment",
        ("pseudonym", "Talent") => "talent",
        ("id", "Trainees") => "trainee",
        ("id", _) when template.StartsWith("Admin/Tracks/", StringComparison.Ordinal) => "track",
        _ => null,
    };

    private static async Task<string> SponsorAsync(TrainingCenterApp app, int firmId)
    {
        var email = await app.CreateUserAsync(Roles.SponsorViewer);
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        user.MemberFirmId = firmId;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Recruiter)).Succeeded);
        return email;
    }

    /// <summary>A new account made centre admin of <paramref name="centreId"/> the way consortium admins do it.</summary>
    private static async Task<string> CentreAdminAsync(TrainingCenterApp app, int centreId)
    {
        var email = await app.CreateUserAsync(Roles.CentreAdmin);
        await using var scope = app.CreateScope();
        var (message, refused) = await scope.ServiceProvider.GetRequiredService<CentreAdmins>().AssignAsync(centreId, email, TestContext.Current.CancellationToken);
        Assert.False(refused, message);
        return email;
    }

    private static string Token() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\{([A-Za-z]+)(?::[^}?]+)?\??\}$")]
    private static partial Regex Parameter();
}

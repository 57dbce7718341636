using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Attendance;

public sealed class SheetTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_instructor_marks_the_whole_sheet_in_one_save_and_every_mark_is_audited(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(3).BuildAsync();
        var session = lesson.SessionIds[0];
        var (ali, bina, chand) = (lesson.Trainees[0], lesson.Trainees[1], lesson.Trainees[2]);
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        var sheet = await SheetForm.LoadAsync(instructor, session);
        Assert.Equal(lesson.Trainees.Select(t => t.Name), sheet.Page.Document.QuerySelectorAll("[data-testid=trainee-name]").Select(n => n.TextContent));
        Assert.All(sheet.Page.Document.QuerySelectorAll("[data-testid=trainee-name]"), n => Assert.Equal("auto", n.GetAttribute("dir")));
        Assert.Contains("(Asia/Karachi)", sheet.Page.Document.QuerySelector("[data-testid=session-when]")!.TextContent);

        var response = await sheet
            .Mark(ali.EnrolmentId, "Present")
            .Mark(bina.EnrolmentId, "Late", 10, "Bus was late")
            .Mark(chand.EnrolmentId, "Absent")
            .SaveAsync();
        var saved = await instructor.FollowAsync(response);

        Assert.Equal(SheetForm.PathOf(session), response.Headers.Location!.OriginalString);
        Assert.Equal("Saved: 3 marks changed.", saved.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal("3 of 3 marked · times in Asia/Karachi", saved.Document.QuerySelector("[data-testid=marked-count]")!.TextContent);
        Assert.NotNull(saved.Document.QuerySelector($"#row-{bina.EnrolmentId}-Late[checked]"));
        var marks = await app.MarksAsync(session);
        Assert.Equal((AttendanceStatus.Present, null, null), marks[ali.EnrolmentId]);
        Assert.Equal((AttendanceStatus.Late, 10, "Bus was late"), marks[bina.EnrolmentId]);
        Assert.Equal((AttendanceStatus.Absent, null, null), marks[chand.EnrolmentId]);
        var changes = await app.ChangesAsync(session);
        Assert.Equal(3, changes.Count);
        Assert.All(changes, c => Assert.Equal(lesson.InstructorId, c.ByUserId));
        Assert.All(changes, c => Assert.Null(c.From));
        Assert.Contains(changes, c => c is { To: AttendanceStatus.Late, ToLateMinutes: 10, Note: "Bus was late" });
    }

    [Theory, AllProviders]
    public async Task Changing_a_mark_later_records_the_old_and_the_new_status(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).BuildAsync();
        var session = lesson.SessionIds[0];
        var trainee = lesson.Trainees[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        await instructor.FollowAsync(await (await SheetForm.LoadAsync(instructor, session)).Mark(trainee.EnrolmentId, "Absent").SaveAsync());

        var again = await SheetForm.LoadAsync(instructor, session);
        await instructor.FollowAsync(await again.Mark(trainee.EnrolmentId, "Late", 25, "Came in after the break").SaveAsync());

        var changes = await app.ChangesAsync(session);
        Assert.Equal(2, changes.Count);
        Assert.Equal((AttendanceStatus.Absent, AttendanceStatus.Late, (int?)25), (changes[1].From!.Value, changes[1].To, changes[1].ToLateMinutes));
        Assert.Equal((AttendanceStatus.Late, 25, "Came in after the break"), (await app.MarksAsync(session))[trainee.EnrolmentId]);
    }

    [Theory, AllProviders]
    public async Task Mark_all_present_saves_every_unmarked_row_as_present_and_keeps_the_marks_already_chosen(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(4).BuildAsync();
        var session = lesson.SessionIds[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        var sheet = await SheetForm.LoadAsync(instructor, session);

        var response = await sheet
            .Mark(lesson.Trainees[1].EnrolmentId, "Absent")
            .Mark(lesson.Trainees[2].EnrolmentId, "Late", 5)
            .MarkAllPresentAsync();
        var saved = await instructor.FollowAsync(response);

        Assert.Equal("Saved: 4 marks changed.", saved.Document.QuerySelector("[data-testid=status]")!.TextContent);
        var marks = await app.MarksAsync(session);
        Assert.Equal(AttendanceStatus.Present, marks[lesson.Trainees[0].EnrolmentId].Status);
        Assert.Equal(AttendanceStatus.Absent, marks[lesson.Trainees[1].EnrolmentId].Status);
        Assert.Equal((AttendanceStatus.Late, 5, null), marks[lesson.Trainees[2].EnrolmentId]);
        Assert.Equal(AttendanceStatus.Present, marks[lesson.Trainees[3].EnrolmentId].Status);
    }

    [Theory, AllProviders]
    public async Task Late_without_minutes_is_refused_with_a_message_naming_the_trainee_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).BuildAsync();
        var session = lesson.SessionIds[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        var sheet = await SheetForm.LoadAsync(instructor, session);

        var response = await sheet
            .Mark(lesson.Trainees[0].EnrolmentId, "Present")
            .Mark(lesson.Trainees[1].EnrolmentId, "Late", note: "No minutes given")
            .SaveAsync();
        var page = await AdminSignIn.ShownAgainAsync(response);

        var message = $"{lesson.Trainees[1].Name}: enter how many minutes late, from 1 to 600.";
        Assert.Contains(message, page.Document.QuerySelector("[data-testid=errors]")!.TextContent);
        var row = page.Document.QuerySelector($"[data-enrolment-id='{lesson.Trainees[1].EnrolmentId}']")!;
        Assert.Equal(message, row.QuerySelector("[data-testid=row-error]")!.TextContent);
        Assert.NotNull(row.QuerySelector($"#row-{lesson.Trainees[1].EnrolmentId}-Late[checked]"));
        Assert.Equal("No minutes given", row.QuerySelector($"#row-{lesson.Trainees[1].EnrolmentId}-note")!.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector($"#row-{lesson.Trainees[0].EnrolmentId}-Present[checked]"));
        Assert.Empty(await app.MarksAsync(session));
    }

    [Theory]
    [AllProviders("Sleeping", null, null, "\"Sleeping\" is not a mark; choose Present, Late, Excused or Absent.")]
    [AllProviders("7", null, null, "\"7\" is not a mark; choose Present, Late, Excused or Absent.")]
    [AllProviders("Late", "601", null, "enter how many minutes late, from 1 to 600.")]
    [AllProviders("Late", "0", null, "enter how many minutes late, from 1 to 600.")]
    [AllProviders("Excused", null, 501, "the note is too long (at most 500 characters).")]
    [AllProviders("", null, 20, "choose Present, Late, Excused or Absent to save the note or minutes.")]
    [AllProviders("Late", "ten", null, "The value 'ten' is not valid")]
    public async Task Bad_input_is_refused_with_a_clear_message_and_never_an_error_page(DatabaseProvider provider, string status, string? minutes, int? noteLength, string expected)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).BuildAsync();
        var session = lesson.SessionIds[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        var sheet = await SheetForm.LoadAsync(instructor, session);
        var prefix = "Rows[0]";
        sheet.Mark(lesson.Trainees[0].EnrolmentId, status, note: noteLength is { } n ? new string('x', n) : null);
        var fields = new Dictionary<string, string>();
        if (minutes is not null) fields[$"{prefix}.LateMinutes"] = minutes;

        var response = await PostWithAsync(instructor, sheet, fields);
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains(expected, page.Document.QuerySelector("[data-testid=errors]")!.TextContent);
        Assert.Empty(await app.MarksAsync(session));
    }

    [Theory, AllProviders]
    public async Task An_instructor_cannot_change_a_sheet_once_the_edit_window_has_closed_but_an_admin_can(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).WithSessionsAt(DateTime.UtcNow.AddDays(-10)).BuildAsync();
        var session = lesson.SessionIds[0];
        var trainee = lesson.Trainees[0].EnrolmentId;
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        var sheet = await SheetForm.LoadAsync(instructor, session);
        var refusal = sheet.Page.Document.QuerySelector("[data-testid=refusal]")!.TextContent;
        Assert.Contains("instructors may change attendance up to 7 days after a session", refusal);
        Assert.NotNull(sheet.Page.Document.QuerySelector("form[data-attendance-sheet] fieldset[disabled]"));
        Assert.Null(sheet.Page.Document.QuerySelector("[data-testid=save]"));
        var refused = await AdminSignIn.ShownAgainAsync(await sheet.Mark(trainee, "Present").SaveAsync());
        Assert.Contains("Your changes were not saved.", refused.Document.QuerySelector("[data-testid=errors]")!.TextContent);
        Assert.Contains("can no longer be changed", refused.Document.QuerySelector("[data-testid=refusal]")!.TextContent);
        Assert.Empty(await app.MarksAsync(session));

        var admin = await app.AdminClientAsync();
        var adminSheet = await SheetForm.LoadAsync(admin, session);
        Assert.Null(adminSheet.Page.Document.QuerySelector("[data-testid=refusal]"));
        await admin.FollowAsync(await adminSheet.Mark(trainee, "Excused", note: "Medical certificate").SaveAsync());
        Assert.Equal((AttendanceStatus.Excused, null, "Medical certificate"), (await app.MarksAsync(session))[trainee]);
    }

    [Theory, AllProviders]
    public async Task A_session_that_has_not_started_cannot_be_marked(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).WithSessionsAt(DateTime.UtcNow.AddHours(20)).BuildAsync();
        var session = lesson.SessionIds[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        var sheet = await SheetForm.LoadAsync(instructor, session);
        Assert.Contains("This session has not started yet", sheet.Page.Document.QuerySelector("[data-testid=refusal]")!.TextContent);
        var admin = await app.AdminClientAsync();
        var adminSheet = await SheetForm.LoadAsync(admin, session);
        var refused = await AdminSignIn.ShownAgainAsync(await adminSheet.Mark(lesson.Trainees[0].EnrolmentId, "Present").SaveAsync());

        Assert.Contains("Attendance is marked once a session is held.", refused.Document.QuerySelector("[data-testid=refusal]")!.TextContent);
        Assert.Empty(await app.MarksAsync(session));
    }

    [Theory, AllProviders]
    public async Task A_cancelled_session_says_so_and_cannot_be_marked(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).BuildAsync();
        var session = lesson.SessionIds[0];
        await app.WithDbAsync(async db =>
        {
            var s = await db.Sessions.SingleAsync(s => s.Id == session, TestContext.Current.CancellationToken);
            s.Cancel("Public holiday");
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        var page = await instructor.GetAsync(SheetForm.PathOf(session));
        var response = await instructor.Http.PostAsync(SheetForm.PathOf(session), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", await TokenAsync(instructor)),
            new("Rows[0].EnrolmentId", lesson.Trainees[0].EnrolmentId.ToString()),
            new("Rows[0].Status", "Present"),
        ]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("This session was cancelled (Public holiday)", page.Document.QuerySelector("[data-testid=refusal]")!.TextContent);
        Assert.Null(page.Document.QuerySelector("form[data-attendance-sheet]"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await app.MarksAsync(session));
    }

    [Theory, AllProviders]
    public async Task When_two_people_save_the_same_rows_the_second_sees_both_marks_and_keeps_their_other_rows(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(4).BuildAsync();
        var session = lesson.SessionIds[0];
        var (unmarked, marked, onlyMine, untouched) = (lesson.Trainees[0], lesson.Trainees[1], lesson.Trainees[2], lesson.Trainees[3]);
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        await instructor.FollowAsync(await (await SheetForm.LoadAsync(instructor, session)).Mark(marked.EnrolmentId, "Present").SaveAsync());
        var admin = await app.AdminClientAsync();

        var first = await SheetForm.LoadAsync(instructor, session);
        var second = await SheetForm.LoadAsync(admin, session);
        await instructor.FollowAsync(await first
            .Mark(unmarked.EnrolmentId, "Present")
            .Mark(marked.EnrolmentId, "Excused", note: "Doctor")
            .SaveAsync());
        var response = await second
            .Mark(unmarked.EnrolmentId, "Absent")
            .Mark(marked.EnrolmentId, "Late", 15)
            .Mark(onlyMine.EnrolmentId, "Late", 5)
            .SaveAsync();
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.StartsWith("2 rows were changed by someone else", page.Document.QuerySelector("[data-testid=conflict-notice]")!.TextContent);
        var conflicts = page.Document.QuerySelectorAll("[data-testid=conflict]").ToList();
        Assert.Equal(2, conflicts.Count);
        var unmarkedRow = page.Document.QuerySelector($"[data-enrolment-id='{unmarked.EnrolmentId}']")!;
        Assert.Equal("Present", unmarkedRow.QuerySelector("[data-testid=stored-value]")!.TextContent);
        Assert.Equal("Absent", unmarkedRow.QuerySelector("[data-testid=your-value]")!.TextContent);
        Assert.Contains($"Instructor {lesson.Code} changed this row", unmarkedRow.QuerySelector("[data-testid=conflict]")!.TextContent);
        Assert.NotNull(unmarkedRow.QuerySelector($"#row-{unmarked.EnrolmentId}-Absent[checked]"));
        var markedRow = page.Document.QuerySelector($"[data-enrolment-id='{marked.EnrolmentId}']")!;
        Assert.Equal("Excused", markedRow.QuerySelector("[data-testid=stored-value]")!.TextContent);
        Assert.Equal("Late (15 min)", markedRow.QuerySelector("[data-testid=your-value]")!.TextContent);
        var marks = await app.MarksAsync(session);
        Assert.Equal(AttendanceStatus.Present, marks[unmarked.EnrolmentId].Status);
        Assert.Equal((AttendanceStatus.Excused, null, "Doctor"), marks[marked.EnrolmentId]);
        Assert.Equal((AttendanceStatus.Late, 5, null), marks[onlyMine.EnrolmentId]);
        Assert.False(marks.ContainsKey(untouched.EnrolmentId));

        var resaved = await admin.FollowAsync(await SheetForm.Of(admin, second.Url, page).SaveAsync());

        Assert.Equal("Saved: 2 marks changed.", resaved.Document.QuerySelector("[data-testid=status]")!.TextContent);
        marks = await app.MarksAsync(session);
        Assert.Equal(AttendanceStatus.Absent, marks[unmarked.EnrolmentId].Status);
        Assert.Equal((AttendanceStatus.Late, 15, null), marks[marked.EnrolmentId]);
    }

    [Theory, AllProviders]
    public async Task Saving_the_same_mark_someone_else_just_saved_is_not_a_conflict(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).BuildAsync();
        var session = lesson.SessionIds[0];
        var trainee = lesson.Trainees[0].EnrolmentId;
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        var admin = await app.AdminClientAsync();
        var first = await SheetForm.LoadAsync(instructor, session);
        var second = await SheetForm.LoadAsync(admin, session);

        await instructor.FollowAsync(await first.Mark(trainee, "Present").SaveAsync());
        var page = await admin.FollowAsync(await second.Mark(trainee, "Present").SaveAsync());

        Assert.Equal("Saved: nothing had changed.", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Single(await app.ChangesAsync(session));
    }

    [Theory, AllProviders]
    public async Task A_crafted_row_for_another_cohorts_trainee_is_never_written(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).BuildAsync();
        var other = await app.Cohort().WithTrainees(1).BuildAsync();
        var session = lesson.SessionIds[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        var sheet = await SheetForm.LoadAsync(instructor, session);

        var page = await instructor.FollowAsync(await sheet
            .Mark(lesson.Trainees[0].EnrolmentId, "Present")
            .AddRow(other.Trainees[0].EnrolmentId, "Absent")
            .SaveAsync());

        Assert.Equal("Saved: 1 mark changed. 1 row(s) were ignored: those trainees are not on this sheet.",
            page.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal([lesson.Trainees[0].EnrolmentId], (await app.MarksAsync(session)).Keys);
        Assert.Equal(0, await app.WithDbAsync(db => db.AttendanceRecords.CountAsync(
            r => r.EnrolmentId == other.Trainees[0].EnrolmentId, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task An_instructor_of_another_cohort_cannot_open_or_post_the_sheet(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).BuildAsync();
        var other = await app.Cohort().WithTrainees(1).BuildAsync();
        var session = lesson.SessionIds[0];
        var stranger = await app.SignedInAsync(other.InstructorEmail);

        var page = await stranger.Http.GetAsync(SheetForm.PathOf(session), TestContext.Current.CancellationToken);
        var post = await stranger.Http.PostAsync(SheetForm.PathOf(session), await CraftedRowAsync(stranger, lesson.Trainees[0].EnrolmentId),
            TestContext.Current.CancellationToken);

        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", page.Headers.Location!.ToString());
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", post.Headers.Location!.ToString());
        Assert.Empty(await app.MarksAsync(session));
    }

    [Theory]
    [AllProviders(Roles.Trainee)]
    [AllProviders(Roles.SponsorViewer)]
    public async Task Trainees_and_sponsor_viewers_cannot_open_or_post_a_sheet(DatabaseProvider provider, string role)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).BuildAsync();
        var session = lesson.SessionIds[0];
        var email = role == Roles.SponsorViewer ? DemoAccounts.SponsorViewer.Email : lesson.Trainees[0].Email;
        var client = await app.SignedInAsync(email);

        var page = await client.Http.GetAsync(SheetForm.PathOf(session), TestContext.Current.CancellationToken);
        var post = await client.Http.PostAsync(SheetForm.PathOf(session), await CraftedRowAsync(client, lesson.Trainees[0].EnrolmentId),
            TestContext.Current.CancellationToken);

        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", page.Headers.Location!.ToString());
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", post.Headers.Location!.ToString());
        Assert.Empty(await app.MarksAsync(session));
    }

    [Theory, AllProviders]
    public async Task Anonymous_visitors_are_sent_to_log_in_and_unknown_sessions_are_not_found(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).BuildAsync();
        var anonymous = await app.CreatePageClient().Http.GetAsync(SheetForm.PathOf(lesson.SessionIds[0]), TestContext.Current.CancellationToken);
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        var unknown = await instructor.Http.GetAsync(SheetForm.PathOf(int.MaxValue), TestContext.Current.CancellationToken);

        Assert.StartsWith("https://localhost/Identity/Account/Login", anonymous.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory, AllProviders]
    public async Task The_sheet_lists_those_enrolled_when_the_session_started_including_those_who_left_later(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var start = CohortBuilder.JustHeld;
        var lesson = await app.Cohort().WithTrainees(4).WithSessionsAt(start).BuildAsync();
        var (stayed, leftAfter, leftBefore, joinedAfter) = (lesson.Trainees[0], lesson.Trainees[1], lesson.Trainees[2], lesson.Trainees[3]);
        await app.WithDbAsync(async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            var enrolments = await db.Enrolments.Where(e => e.CohortId == lesson.CohortId).ToDictionaryAsync(e => e.Id, ct);
            enrolments[leftAfter.EnrolmentId].MoveTo(EnrolmentStatus.Withdrawn, start.AddMinutes(30), null);
            enrolments[leftBefore.EnrolmentId].MoveTo(EnrolmentStatus.Dropped, start.AddDays(-1), null, "Stopped coming");
            await db.SaveChangesAsync(ct);
            // Took a seat only after the session began (as if enrolled again): sessions before a trainee's seat do not apply.
            return await db.Enrolments.Where(e => e.Id == joinedAfter.EnrolmentId)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.EnrolledAtUtc, start.AddMinutes(10)), ct);
        });
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        var sheet = await SheetForm.LoadAsync(instructor, lesson.SessionIds[0]);

        Assert.Equal([stayed.EnrolmentId, leftAfter.EnrolmentId], sheet.EnrolmentIds.Order());
        Assert.Contains("Withdrawn later", sheet.Page.Document.QuerySelector($"[data-enrolment-id='{leftAfter.EnrolmentId}']")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task The_sheet_posts_each_rows_version_as_loaded_and_empty_for_unmarked_rows(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).BuildAsync();
        var session = lesson.SessionIds[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        await instructor.FollowAsync(await (await SheetForm.LoadAsync(instructor, session)).Mark(lesson.Trainees[0].EnrolmentId, "Present").SaveAsync());

        var sheet = await SheetForm.LoadAsync(instructor, session);

        var version = await app.WithDbAsync(db => db.AttendanceRecords.Where(r => r.EnrolmentId == lesson.Trainees[0].EnrolmentId)
            .Select(r => r.Version).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(version.ToString(), sheet.VersionOf(lesson.Trainees[0].EnrolmentId));
        Assert.Equal("", sheet.VersionOf(lesson.Trainees[1].EnrolmentId));
    }

    private static async Task<HttpResponseMessage> PostWithAsync(PageClient client, SheetForm sheet, IReadOnlyDictionary<string, string> overrides)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var name in new[] { "__RequestVerificationToken", "Rows[0].EnrolmentId", "Rows[0].Version", "Rows[0].Status", "Rows[0].Note", "Rows[0].LateMinutes" })
        {
            var value = overrides.TryGetValue(name, out var o) ? o : sheet.ValueOf(name);
            if (value is not null) fields.Add(new(name, value));
        }
        return await client.Http.PostAsync(sheet.Url, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>A valid antiforgery token for the signed-in user, taken from the log-out form every page has.</summary>
    private static async Task<string> TokenAsync(PageClient client) =>
        (await client.GetAsync("/")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<FormUrlEncodedContent> CraftedRowAsync(PageClient client, int enrolmentId) => new(
    [
        new("__RequestVerificationToken", await TokenAsync(client)),
        new("Rows[0].EnrolmentId", enrolmentId.ToString()),
        new("Rows[0].Status", "Absent"),
    ]);
}

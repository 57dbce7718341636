using System.Text.RegularExpressions;
using System.Xml.Linq;
using TrainingCenter.Attendance;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Uploads;

namespace TrainingCenter.Tests.Localization;

/// <summary>
/// Sentences core writes through <see cref="Texts"/> have their Urdu in <c>src/TrainingCenter/Texts.ur.resx</c>, every Urdu
/// entry is still written somewhere in core, and the placeholders match; a missing or orphan key fails.
/// </summary>
public sealed partial class CoreTextsTests
{
    private static readonly string Core = Path.Combine(Repository.Root, "src", "TrainingCenter");

    [Fact]
    public void Every_text_core_writes_has_its_urdu_and_every_urdu_entry_is_written()
    {
        var sources = Directory.EnumerateFiles(Core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();
        var constants = sources.SelectMany(s => Constant().Matches(s))
            .ToLookup(m => m.Groups["name"].Value, m => Regex.Unescape(m.Groups["value"].Value));
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in sources.SelectMany(s => Call().Matches(s)))
        {
            used.UnionWith(call.Groups["literal"].Captures.Select(c => Regex.Unescape(c.Value)));
            if (call.Groups["constant"].Success) used.UnionWith(constants[call.Groups["constant"].Value.Split('.')[^1]]);
        }
        var urdu = XDocument.Load(Path.Combine(Core, "Texts.ur.resx")).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
        var written = sources.SelectMany(s => Literal().Matches(s)).Select(m => m.Groups["value"].Value.Replace("\\\"", "\"", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(urdu.Keys));
        Assert.All(urdu.Keys, key => Assert.True(written.Contains(key), $"'{key}' is not written anywhere in core."));
        Assert.All(urdu, entry => Assert.True(ArabicLetter().IsMatch(entry.Value), $"'{entry.Key}' has no Urdu."));
        Assert.All(urdu, entry => Assert.Equal(Placeholders(entry.Key), Placeholders(entry.Value)));
    }

    [Fact]
    public void A_reader_of_urdu_gets_the_outlook_the_marks_and_upload_refusals_in_urdu_and_english_stays_as_it_was()
    {
        var rate = new AttendanceRate(8, 10, 80m, 80, 0, 10, 2, CanStillQualify: true);
        var late = new AttendanceRateEntry(1, AttendanceRateMark.Late, 12);
        var logo = new UploadRule("logo", 1024 * 1024, new HashSet<UploadFormat> { UploadFormat.Png }, "a PNG or JPEG image", "Upload the logo as a PNG or JPEG (SVG and other formats are not accepted).");

        var (outlook, mark, empty) = Cultures.InUiCulture(Languages.Urdu, () => (rate.Outlook, late.Label, logo.RefusalForSize(0)));

        Assert.Equal("You can miss at most 2 more sessions to stay eligible (10 sessions left).", rate.Outlook);
        Assert.Equal("اہل رہنے کے لیے آپ زیادہ سے زیادہ 2 اور کلاسیں چھوڑ سکتے ہیں (باقی 10 کلاسیں)۔", outlook);
        Assert.Equal("Late 12 min", late.Label);
        Assert.Equal("12 منٹ تاخیر", mark);
        Assert.Equal("The file is empty. Choose a PNG or JPEG image.", logo.RefusalForSize(0));
        Assert.Equal("فائل خالی ہے۔ ایک PNG یا JPEG تصویر منتخب کریں۔", empty);
    }

    /// <summary>Core's services whose every answer and refusal a reader of Urdu gets in Urdu.</summary>
    private static readonly string[] Translated =
    [
        "Applications/ApplicationWarnings.cs", "Backups/BackupManifest.cs", "Centres/Centre.cs", "Centres/CentreAdmins.cs", "Centres/CentreService.cs",
        "Certificates/CertificateRevoker.cs", "Cohorts/Cohort.cs", "Cohorts/CohortService.cs", "Cohorts/SessionScheduleService.cs",
        "Enrolments/EnrolmentService.cs", "Enrolments/NominationService.cs", "Enrolments/SponsorshipService.cs", "FairHiring/FairHiringLedger.cs", "Firms/FirmService.cs",
        "Firms/FirmStaff.cs", "Funding/ConsortiumFunding.cs", "Funding/FundingClaims.cs", "Funding/FundingCorrections.cs", "Funding/FundingLedger.cs",
        "Funding/GrantProgramme.cs", "Funding/ProgrammeGrant.cs", "Funding/TraineeFees.cs", "Holidays/PakistanHolidays.cs", "Holidays/HolidayCalendar.cs", "Tracks/TrackService.cs",
    ];

    [Fact]
    public void The_translated_services_pass_every_answer_and_refusal_through_texts()
    {
        var untranslated = Translated
            .SelectMany(file => File.ReadLines(Path.Combine(Core, file)).Select((line, i) => (file, Line: i + 1, Text: line.Trim())))
            // Comments, and the reasons a status change records in its history (stored, not answered).
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && !l.Text.Contains("MoveTo(", StringComparison.Ordinal))
            .Where(l => Answered().IsMatch(l.Text))
            .Select(l => $"{l.file}:{l.Line}: {l.Text}")
            .ToList();

        Assert.Empty(untranslated);
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// <c>Texts.Get("…")</c>, <c>Texts.Format(condition ? "…" : "…", …)</c> or <c>Texts.Get(SomeType.Constant)</c>: the English
    /// literals, or the constant's name.
    /// </summary>
    [GeneratedRegex("""Texts\.(?:Get|Format)\(\s*(?:(?:[^"();]*?\?\s*)?"(?<literal>(?:[^"\\]|\\.)*)"(?:\s*:\s*"(?<literal>(?:[^"\\]|\\.)*)")?|(?<constant>[A-Z]\w*(?:\.[A-Z]\w*)*)\s*[,)])""")]
    private static partial Regex Call();

    [GeneratedRegex("""const string (?<name>\w+) = "(?<value>(?:[^"\\]|\\.)*)";""")]
    private static partial Regex Constant();

    [GeneratedRegex(@"""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    /// <summary>A sentence literal given straight to an outcome or refusal, or returned as one: not through <see cref="Texts"/>.</summary>
    [GeneratedRegex("""(?:(?:Refused|Outcome|Refusal|RefusedException)\((?:[^()"]*,\s*)?|(?:return|\?|:|=>)\s*\(?)\$?"[A-Z][a-z]* [a-z]""")]
    private static partial Regex Answered();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();
}

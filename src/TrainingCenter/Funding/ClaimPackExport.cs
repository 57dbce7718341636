using CsvHelper;
using TrainingCenter.Exports;

namespace TrainingCenter.Funding;

/// <summary>
/// The trainees behind a claim's milestone as CSV, with the columns that milestone needs: seated (name, seat date,
/// attendance rate), certified (and certificate serial, verify link), placed (employer, start date, evidence files).
/// Text is neutralised so no cell runs as a formula.
/// </summary>
public static class ClaimPackExport
{
    public const string CsvContentType = "text/csv";

    public static IReadOnlyList<string> Header(Milestone milestone) => milestone switch
    {
        Milestone.Start => [Texts.Get("Trainee"), Texts.Get("Seated on"), Texts.Get("Attendance rate")],
        Milestone.Completion => [Texts.Get("Trainee"), Texts.Get("Seated on"), Texts.Get("Attendance rate"), Texts.Get("Certificate serial"), Texts.Get("Verify link")],
        _ => [Texts.Get("Trainee"), Texts.Get("Seated on"), Texts.Get("Employer"), Texts.Get("Started on"), Texts.Get("Evidence files")],
    };

    /// <summary>UTF-8 with a byte order mark, so spreadsheets read names in any script.</summary>
    public static async Task<byte[]> CsvAsync(ClaimPack pack, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true))
        {
            await csv.WriteRecordAsync(Header(pack.Milestone).ToArray(), ct);
            foreach (var trainee in pack.Trainees)
                await csv.WriteRecordAsync([.. Row(pack.Milestone, trainee).Select(SpreadsheetText.Neutralise)], ct);
        }
        return buffer.ToArray();
    }

    public static IReadOnlyList<string> Row(Milestone milestone, ClaimTrainee trainee)
    {
        var seated = MoneyText.Iso(trainee.SeatedOn);
        return milestone switch
        {
            Milestone.Start => [trainee.Name, seated, trainee.AttendanceRate],
            Milestone.Completion => [trainee.Name, seated, trainee.AttendanceRate, trainee.CertificateSerial ?? "", trainee.VerifyLink ?? ""],
            _ => [trainee.Name, seated, trainee.Employer ?? "", trainee.StartedOn is { } started ? MoneyText.Iso(started) : "",
                string.Join("; ", trainee.EvidenceFiles.Select(f => f.PackName))],
        };
    }
}

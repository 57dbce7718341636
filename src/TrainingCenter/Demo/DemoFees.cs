using System.Globalization;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Funding;
using TrainingCenter.Trainees;

namespace TrainingCenter.Demo;

/// <summary>
/// The running demo cohort's trainee fee, so the fee page is not empty: PKR 30,000 in two instalments, most trainees paid
/// in full (the late joiner on the day they joined, the trainee who later withdrew up front), one on a half scholarship with its reason, and one who has paid only
/// the first instalment and still owes the second.
/// </summary>
public static class DemoFees
{
    public const long FeePkr = 30_000;
    public const string ScholarshipReason = "Need-based scholarship: household income below PKR 60,000 a month, checked by the Lahore centre.";

    /// <param name="db">The demo's context.</param>
    /// <param name="cohort">The running cohort, its enrolments saved.</param>
    /// <param name="scholar">The trainee on a half scholarship.</param>
    /// <param name="owing">The trainee who has paid only the first instalment.</param>
    /// <param name="ct">Cancels the save.</param>
    internal static async Task SeedAsync(AppDbContext db, Cohort cohort, Trainee scholar, Trainee owing, CancellationToken ct)
    {
        const long half = FeePkr / 2;
        db.CohortFees.Add(new CohortFee(cohort.Id, FeePkr));
        var first = cohort.StartDate.AddDays(-3);
        var second = cohort.StartDate.AddDays(28);
        var seated = cohort.Enrolments.Where(e => e.EnrolledAtUtc is not null).OrderBy(e => e.EnrolledAtUtc).ToList();
        foreach (var (enrolment, n) in seated.Select((e, n) => (e, n + 1)))
        {
            string Reference(int instalment) => string.Create(CultureInfo.InvariantCulture, $"FEE-{cohort.StartDate:yyMM}-{n:00}{instalment}");
            var joined = DateOnly.FromDateTime(enrolment.EnrolledAtUtc!.Value);
            if (enrolment.TraineeId == scholar.Id)
            {
                db.FeeWaivers.Add(new FeeWaiver(enrolment.Id, half, ScholarshipReason));
                db.FeePayments.Add(new FeePayment(enrolment.Id, half, first, Reference(1), ReceiptMethod.Cash));
            }
            else if (enrolment.TraineeId == owing.Id)
                db.FeePayments.Add(new FeePayment(enrolment.Id, half, first, Reference(1), ReceiptMethod.Other));
            else if (joined > cohort.StartDate)
                db.FeePayments.Add(new FeePayment(enrolment.Id, FeePkr, joined, Reference(1), ReceiptMethod.BankTransfer));
            else if (n % 3 == 0 || enrolment.Status == EnrolmentStatus.Withdrawn)
                db.FeePayments.Add(new FeePayment(enrolment.Id, FeePkr, first, Reference(1), ReceiptMethod.BankTransfer));
            else
            {
                db.FeePayments.Add(new FeePayment(enrolment.Id, half, first, Reference(1), n % 2 == 0 ? ReceiptMethod.Cash : ReceiptMethod.BankTransfer));
                db.FeePayments.Add(new FeePayment(enrolment.Id, half, second, Reference(2), ReceiptMethod.BankTransfer));
            }
        }
        await db.SaveChangesAsync(ct);
    }
}

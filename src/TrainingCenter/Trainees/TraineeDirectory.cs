using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Paging;

namespace TrainingCenter.Trainees;

/// <summary>
/// The admins' list of every trainee, by name, a page at a time, costing the same for 600 trainees or 30,000: the page
/// is read in the order of the index on (full name, id), so no query sorts the table, and seats and latest applications
/// are read for the shown trainees alone, in one query. Three queries. A search counts its matches only as far as
/// <see cref="PageRequest.SearchCountLimit"/>.
/// </summary>
public static class TraineeDirectory
{
    /// <param name="db">The app's database.</param>
    /// <param name="search">Part of the name, email address, city (in any case) or phone number; blank for every trainee.</param>
    /// <param name="request">The page to show.</param>
    /// <param name="ct">Cancels the queries.</param>
    public static async Task<Paged<TraineeDirectoryRow>> LoadAsync(AppDbContext db, string? search, PageRequest request, CancellationToken ct)
    {
        var trainees = db.Trainees.AsNoTracking();
        var text = search?.Trim() ?? "";
        if (text.Length > 0)
        {
            var lower = text.ToLowerInvariant();
            trainees = trainees.Where(t => t.FullName.ToLower().Contains(lower) || t.User!.Email!.ToLower().Contains(lower)
                || (t.Phone != null && t.Phone.Contains(text)) || (t.City != null && t.City.ToLower().Contains(lower)));
        }
        // The address through a subquery, not a join: counting the page's query then reads the trainees alone.
        var ordered = trainees.OrderBy(t => t.FullName).ThenBy(t => t.Id)
            .Select(t => new TraineeDirectoryRow(
                t.Id, t.FullName, db.Users.Where(u => u.Id == t.UserId).Select(u => u.Email).FirstOrDefault() ?? "", t.City, t.Phone, 0, null));
        var page = text.Length > 0
            ? await Paged<TraineeDirectoryRow>.LoadAsync(ordered, request, PageRequest.SearchCountLimit, ct)
            : await Paged<TraineeDirectoryRow>.LoadAsync(ordered, request, ct);

        var ids = page.Items.Select(t => t.Id).ToList();
        var enrolments = (await db.Enrolments.AsNoTracking()
                .Where(e => ids.Contains(e.TraineeId))
                .Select(e => new { e.TraineeId, e.Id, Seated = e.EnrolledAtUtc != null, e.AppliedAtUtc, e.Cohort!.Code, e.Status })
                .ToListAsync(ct))
            .ToLookup(e => e.TraineeId);
        return page with
        {
            Items =
            [
                .. page.Items.Select(t => t with
                {
                    Seats = enrolments[t.Id].Count(e => e.Seated),
                    Latest = enrolments[t.Id].OrderByDescending(e => e.AppliedAtUtc).ThenByDescending(e => e.Id)
                        .Select(e => new LatestApplication(e.Code, e.Status)).FirstOrDefault(),
                }),
            ],
        };
    }
}

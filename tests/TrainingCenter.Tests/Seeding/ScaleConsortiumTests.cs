using System.Collections;
using System.Globalization;
using TrainingCenter.Identity;
using TrainingCenter.Seeding;

namespace TrainingCenter.Tests.Seeding;

public sealed class ScaleConsortiumTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly Dictionary<string, string> RoleIds = Roles.All.ToDictionary(r => r, r => $"role-{r}");

    [Fact]
    public void The_same_seed_gives_the_same_consortium_row_for_row()
    {
        var first = Rows(Generate(seed: 7));
        var second = Rows(Generate(seed: 7));

        Assert.Equal(first.Count, second.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_other_trainees_and_marks()
    {
        Assert.NotEqual(Rows(Generate(seed: 7)), Rows(Generate(seed: 8)));
    }

    [Fact]
    public void Every_row_of_a_table_has_its_own_key_and_children_point_at_their_parents()
    {
        var consortium = Generate(seed: 7);

        Assert.Equal(consortium.AttendanceRecords.Count, consortium.AttendanceRecords.Select(r => r.Id).Distinct().Count());
        Assert.Equal(consortium.StatusChanges.Count, consortium.StatusChanges.Select(c => c.Id).Distinct().Count());
        Assert.All(consortium.StatusChanges, c => Assert.Contains(c, consortium.Enrolments[c.EnrolmentId - 1].History));
        Assert.All(consortium.AttendanceChanges, c => Assert.Contains(c, consortium.AttendanceRecords[c.AttendanceRecordId - 1].Changes));
        Assert.All(consortium.Trainees, t => Assert.Contains(consortium.Users, u => u.Id == t.UserId));
    }

    private static ScaleConsortium Generate(int seed) =>
        ScaleConsortium.Generate(ScaleSize.Small, seed, Today, "shared-hash", email => email.ToUpperInvariant(), RoleIds);

    /// <summary>Every table's rows as text: each public property of a simple type, in declaration order.</summary>
    private static List<string> Rows(ScaleConsortium consortium) => consortium.Tables()
        .SelectMany(table => table.Rows.Select(row => table.Entity.Name + ": " + string.Join("|", table.Entity.GetProperties()
            .Where(p => p.PropertyType.IsValueType || p.PropertyType == typeof(string))
            .Where(p => !typeof(IEnumerable).IsAssignableFrom(p.PropertyType) || p.PropertyType == typeof(string))
            .Select(p => Convert.ToString(p.GetValue(row), CultureInfo.InvariantCulture)))))
        .ToList();
}

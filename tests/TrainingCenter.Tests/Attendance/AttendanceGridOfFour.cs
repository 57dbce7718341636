using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Attendance;

public static class AttendanceGridOfFour
{
    /// <summary>
    /// Four held sessions, the default 80% threshold and four trainees, by name: Ahmed PPPP (100%), Bilal PLAA (50%, at
    /// risk), Chen PEP· (100%, one not yet marked) and دعا, enrolled just before the third session, ––PA (50%, too few
    /// sessions to be at risk). Session rates: 100%, 100%, 75%, 33.3%. <paramref name="first"/> renames Ahmed.
    /// </summary>
    public static CohortBuilder GridOfFour(this CohortBuilder cohort, string first = "Ahmed Raza") =>
        cohort.WithSessionsHeld(4)
            .WithTraineesNamed(first, "Bilal Ahmed", "Chen Wei", "دعا فاطمہ")
            .WithMarks("PPPP", "PLAA", "PEP.", "..PA")
            .EnrolledBeforeSession(0, 0, 0, 2);
}

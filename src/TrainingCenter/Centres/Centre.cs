using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Centres;

/// <summary>One training site of the consortium (Lahore, Karachi, Islamabad…). Every cohort belongs to one.</summary>
public sealed class Centre : AuditedEntity
{
    public const int NameLength = 100;
    public const int CityLength = 100;
    public const int AddressLength = Cohort.VenueLength;
    public const int ContactLength = 200;

    /// <exception cref="ArgumentException">The time zone is not one this machine knows (see <see cref="CohortTime.TryFindZone"/>).</exception>
    public Centre(string name, string city, string address, string timeZoneId, string contact)
    {
        Name = name.Trim();
        City = city.Trim();
        Address = address.Trim();
        TimeZoneId = Zone(timeZoneId);
        Contact = contact.Trim();
    }

    public string Name { get; private set; }
    public string City { get; private set; }

    /// <summary>Where the centre's classes meet: a new cohort's venue unless its admin names another.</summary>
    public string Address { get; private set; }

    /// <summary>IANA zone a new cohort of the centre takes unless its admin names another.</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>Who to reach at the centre: a phone number or email address as staff type it.</summary>
    public string Contact { get; private set; }

    /// <summary>An inactive centre keeps its cohorts but takes no new ones.</summary>
    public bool IsActive { get; private set; } = true;

    /// <exception cref="ArgumentException">The time zone is not one this machine knows.</exception>
    public void Change(string name, string city, string address, string timeZoneId, string contact)
    {
        Name = name.Trim();
        City = city.Trim();
        Address = address.Trim();
        TimeZoneId = Zone(timeZoneId);
        Contact = contact.Trim();
    }

    public void Deactivate() => IsActive = false;
    public void Reactivate() => IsActive = true;

    /// <summary>Why <paramref name="timeZoneId"/> cannot be a centre's zone, or null (it is then stored by its IANA id).</summary>
    public static string? TimeZoneRefusal(string? timeZoneId) => CohortTime.TryFindZone(timeZoneId, out _)
        ? null
        : string.IsNullOrWhiteSpace(timeZoneId)
            ? Texts.Get("Enter the time zone, e.g. Asia/Karachi.")
            : Texts.Format("{0} is not a time zone this server knows; use an IANA name such as Asia/Karachi or Europe/London.", Texts.LeftToRight(timeZoneId.Trim()));

    private static string Zone(string timeZoneId) => CohortTime.TryFindZone(timeZoneId, out var iana)
        ? iana
        : throw new ArgumentException(TimeZoneRefusal(timeZoneId), nameof(timeZoneId));
}

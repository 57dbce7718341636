using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Tracks;

/// <summary>
/// Adds and renames tracks: no two tracks share a name (ignoring case) or a code, rechecked when the database's unique
/// indexes refuse a save that raced another admin's.
/// </summary>
public sealed class TrackService(AppDbContext db)
{
    public async Task<TrackOutcome> AddAsync(string name, string code, CancellationToken ct)
    {
        var track = new Track(name, code);
        if (await RefusalsAsync(track, ct) is { Count: > 0 } refusals) return TrackOutcome.Refused(refusals);
        db.Tracks.Add(track);
        if (await SaveAsync(track, ct) is { Count: > 0 } raced) return TrackOutcome.Refused(raced);
        return new TrackOutcome(Texts.Format("Added the track {0} ({1}).", track.Name, Texts.LeftToRight(track.Code)), []);
    }

    public async Task<TrackOutcome> RenameAsync(int trackId, string name, CancellationToken ct)
    {
        var track = await db.Tracks.SingleAsync(t => t.Id == trackId, ct);
        var before = track.Name;
        track.Rename(name);
        if (await RefusalsAsync(track, ct) is { Count: > 0 } refusals)
        {
            db.Entry(track).State = EntityState.Detached;
            return TrackOutcome.Refused(refusals);
        }
        if (await SaveAsync(track, ct) is { Count: > 0 } raced) return TrackOutcome.Refused(raced);
        return new TrackOutcome(Texts.Format("Renamed {0} to {1}.", before, track.Name), []);
    }

    /// <summary>
    /// Sets the skill tags offered to the track's graduates, typed separated by commas: each trimmed and lower-cased (as
    /// graduates' own tags are), none empty, none longer than <see cref="Track.SkillTagLength"/>, none twice. Nothing typed
    /// offers none: graduates then type their own.
    /// </summary>
    /// <returns>Null when there is no such track.</returns>
    public async Task<TrackOutcome?> OfferSkillsAsync(int trackId, string? typed, CancellationToken ct)
    {
        var track = await db.Tracks.SingleOrDefaultAsync(t => t.Id == trackId, ct);
        if (track is null) return null;
        var tags = string.IsNullOrWhiteSpace(typed) ? [] : typed.Split(',').Select(t => t.Trim().ToLowerInvariant()).ToList();
        var refusals = new List<TrackRefusal>();
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i].Length == 0)
                refusals.Add(new TrackRefusal(TrackField.SkillTags, Texts.Format("Tag {0} is empty: remove the extra comma.", i + 1)));
            else if (tags[i].Length > Track.SkillTagLength)
                refusals.Add(new TrackRefusal(TrackField.SkillTags, Texts.Format("The tag \"{0}…\" is longer than {1} characters.", tags[i][..20], Track.SkillTagLength)));
            else if (tags.IndexOf(tags[i]) is var first && first != i && tags.IndexOf(tags[i], first + 1) == i)
                refusals.Add(new TrackRefusal(TrackField.SkillTags, Texts.Format("\"{0}\" is listed {1} times (tags ignore case): keep one.", tags[i], tags.Count(t => t == tags[i]))));
        }
        if (refusals.Count == 0 && string.Join(",", tags).Length > Track.SkillTagsLength)
            refusals.Add(new TrackRefusal(TrackField.SkillTags, Texts.Format("The tags can be at most {0} characters together.", Track.SkillTagsLength)));
        if (refusals.Count > 0) return TrackOutcome.Refused(refusals);
        track.OfferSkills(tags);
        await db.SaveChangesAsync(ct);
        return new TrackOutcome(tags.Count == 0
            ? Texts.Format("{0} offers no skill tags now: its graduates type their own.", track.Name)
            : tags.Count == 1
                ? Texts.Format("{0} offers 1 skill tag to its graduates: {1}.", track.Name, tags[0])
                : Texts.Format("{0} offers {1} skill tags to its graduates: {2}.", track.Name, tags.Count, string.Join(Texts.Get(", "), tags)), []);
    }

    /// <summary>Saves; when a unique index refused, the reasons from fresh data (none: the refusal was something else, and it is rethrown).</summary>
    private async Task<IReadOnlyList<TrackRefusal>> SaveAsync(Track track, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return [];
        }
        catch (DbUpdateException)
        {
            db.Entry(track).State = EntityState.Detached;
            var refusals = await RefusalsAsync(track, ct);
            if (refusals.Count == 0) throw;
            return refusals;
        }
    }

    private async Task<IReadOnlyList<TrackRefusal>> RefusalsAsync(Track track, CancellationToken ct)
    {
        var upper = track.Name.ToUpperInvariant();
        var taken = await db.Tracks.AsNoTracking()
            .Where(t => t.Id != track.Id && (t.Name.ToUpper() == upper || t.Code == track.Code))
            .Select(t => new { t.Name, t.Code })
            .ToListAsync(ct);
        var refusals = new List<TrackRefusal>();
        if (taken.Any(t => t.Name.ToUpperInvariant() == upper))
            refusals.Add(new TrackRefusal(TrackField.Name, Texts.Format("There is already a track named {0}.", track.Name)));
        if (taken.Any(t => t.Code == track.Code))
            refusals.Add(new TrackRefusal(TrackField.Code, Texts.Format("There is already a track with the code {0}.", Texts.LeftToRight(track.Code))));
        return refusals;
    }
}

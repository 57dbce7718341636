namespace TrainingCenter.Reports;

/// <summary>
/// A PDF table's column widths, taken from what the columns hold (as a browser lays out a table): every column is at
/// least as wide as its widest word, so no word has to shrink, and the room left is shared by how much each column's
/// longest cell still lacks, so a long rule or name gets more lines' worth of room than a column of amounts. Text that
/// does not fit its column's width then wraps (<see cref="TextLines.Wrap"/>).
/// </summary>
internal static class TableColumns
{
    /// <summary>The left edge of each column, then the table's right edge.</summary>
    /// <param name="rows">The header and the rows, cell by cell.</param>
    /// <param name="bold">Whether each row of <paramref name="rows"/> is drawn bold.</param>
    /// <param name="gap">The room a column keeps beside its text, by column.</param>
    /// <param name="firstAtLeast">The first column's width when the table has room to spare (a label column reads better wide).</param>
    public static float[] Fit(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<bool> bold, float left, float right, Func<int, float> gap,
        float size, bool urdu, float firstAtLeast)
    {
        var count = rows.Max(r => r.Count);
        var least = new float[count];
        var wanted = new float[count];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                least[c] = Math.Max(least[c], TextLines.WidestWord(rows[r][c], size, bold[r], urdu) + gap(c));
                wanted[c] = Math.Max(wanted[c], TextLines.Width(rows[r][c], size, bold[r], urdu) + gap(c));
            }
        }
        var room = right - left;
        var widths = Share(least, wanted, room, firstAtLeast);
        var edges = new float[count + 1];
        edges[0] = left;
        for (var c = 0; c < count; c++) edges[c + 1] = edges[c] + widths[c];
        edges[count] = right;
        return edges;
    }

    private static float[] Share(float[] least, float[] wanted, float room, float firstAtLeast)
    {
        var (sumLeast, sumWanted) = (least.Sum(), wanted.Sum());
        if (sumLeast >= room)
        {
            // Even the widest words do not fit side by side: every column gives up the same share (the text then shrinks).
            return [.. least.Select(w => w * room / sumLeast)];
        }
        if (sumWanted > room)
        {
            var share = (room - sumLeast) / (sumWanted - sumLeast);
            return [.. least.Select((w, c) => w + (wanted[c] - w) * share)];
        }
        var widths = (float[])wanted.Clone();
        var spare = room - sumWanted;
        if (widths.Length == 1) return [room];
        var first = Math.Min(spare, Math.Max(0, firstAtLeast - widths[0]));
        widths[0] += first;
        spare -= first;
        for (var c = 1; c < widths.Length; c++) widths[c] += spare / (widths.Length - 1);
        return widths;
    }
}

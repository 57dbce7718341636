namespace TrainingCenter.Data;

public static class TableOrder
{
    /// <summary>Every table after the tables its foreign keys point to (a table's keys to itself aside).</summary>
    public static IReadOnlyList<T> PrincipalsFirst<T>(IEnumerable<T> tables, Func<T, string> name, Func<T, IEnumerable<string>> principals)
    {
        var ordered = new List<T>();
        var placed = new HashSet<string>();
        var remaining = tables.OrderBy(name, StringComparer.Ordinal).ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(t => principals(t).All(p => p == name(t) || placed.Contains(p))).ToList();
            if (ready.Count == 0)
                throw new InvalidOperationException($"The foreign keys of {string.Join(", ", remaining.Select(name))} form a cycle.");
            ordered.AddRange(ready);
            placed.UnionWith(ready.Select(name));
            remaining.RemoveAll(ready.Contains);
        }
        return ordered;
    }
}

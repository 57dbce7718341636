using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace TrainingCenter;

/// <summary>
/// What people read for a status, policy or other enum value: its <see cref="DisplayAttribute"/> name where the member
/// has one (e.g. <c>InProgress</c> → "In progress"), its own name otherwise. Pages, exports and PDFs use this, never the raw name.
/// </summary>
public static class DisplayNames
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string DisplayName(this Enum value) => Names.GetOrAdd(value, v =>
        v.GetType().GetField(v.ToString(), BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<DisplayAttribute>()?.GetName()
        ?? v.ToString());
}

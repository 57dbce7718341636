using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Trainees;

/// <summary>
/// A phone number as people write it: 7 to 20 digits, grouped with spaces, dashes or parentheses, with an
/// optional leading + for the country code, e.g. "+92 300 1234567" or "(042) 3575-1234". Empty is allowed.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class PhoneNumberAttribute : ValidationAttribute
{
    public const int MinDigits = 7;
    public const int MaxDigits = 20;

    /// <summary>The message is set as <see cref="ValidationAttribute.ErrorMessage"/>, so pages show it in the reader's language.</summary>
    public PhoneNumberAttribute() =>
        ErrorMessage = "Enter a phone number of 7 to 20 digits, such as +92 300 1234567, using only digits, spaces, +, - and parentheses.";

    public override bool IsValid(object? value) =>
        value is null || value is string text && (string.IsNullOrWhiteSpace(text) || IsPhoneNumber(text));

    public static bool IsPhoneNumber(string text)
    {
        var phone = text.Trim();
        if (phone.Length > Trainee.PhoneLength) return false;
        var digits = 0;
        for (var i = 0; i < phone.Length; i++)
        {
            var c = phone[i];
            if (char.IsAsciiDigit(c)) digits++;
            else if (c == '+' && i == 0) continue;
            else if (c is not (' ' or '-' or '(' or ')')) return false;
        }
        return digits is >= MinDigits and <= MaxDigits;
    }
}

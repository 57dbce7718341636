using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace TrainingCenter.Web.Localization;

/// <summary>
/// Identity's own messages (a password too short, a wrong current password, an address already taken) in Urdu for a
/// reader of Urdu, from <c>Resources/Localization/IdentityErrorsInUrdu.ur.resx</c>; in English Identity's own words.
/// </summary>
public sealed class IdentityErrorsInUrdu(IStringLocalizer<IdentityErrorsInUrdu> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        InReadersLanguage(base.PasswordTooShort(length), text["Passwords must be at least {0} characters.", length]);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        InReadersLanguage(base.PasswordRequiresNonAlphanumeric(), text["Passwords must have at least one character that is neither a letter nor a digit."]);

    public override IdentityError PasswordRequiresDigit() =>
        InReadersLanguage(base.PasswordRequiresDigit(), text["Passwords must have at least one digit ('0'-'9')."]);

    public override IdentityError PasswordRequiresLower() =>
        InReadersLanguage(base.PasswordRequiresLower(), text["Passwords must have at least one lowercase letter ('a'-'z')."]);

    public override IdentityError PasswordRequiresUpper() =>
        InReadersLanguage(base.PasswordRequiresUpper(), text["Passwords must have at least one uppercase letter ('A'-'Z')."]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        InReadersLanguage(base.PasswordRequiresUniqueChars(uniqueChars), text["Passwords must use at least {0} different characters.", uniqueChars]);

    public override IdentityError PasswordMismatch() =>
        InReadersLanguage(base.PasswordMismatch(), text["Incorrect password."]);

    public override IdentityError DuplicateEmail(string email) =>
        InReadersLanguage(base.DuplicateEmail(email), text["Email '{0}' is already taken.", email]);

    public override IdentityError DuplicateUserName(string userName) =>
        InReadersLanguage(base.DuplicateUserName(userName), text["Username '{0}' is already taken.", userName]);

    public override IdentityError InvalidEmail(string? email) =>
        InReadersLanguage(base.InvalidEmail(email), text["Email '{0}' is invalid.", email ?? ""]);

    public override IdentityError InvalidToken() =>
        InReadersLanguage(base.InvalidToken(), text["This link is not valid any more."]);

    public override IdentityError DefaultError() =>
        InReadersLanguage(base.DefaultError(), text["Something went wrong. Please try again."]);

    public override IdentityError ConcurrencyFailure() =>
        InReadersLanguage(base.ConcurrencyFailure(), text["Someone else changed this account at the same time. Please try again."]);

    private static IdentityError InReadersLanguage(IdentityError english, LocalizedString urdu) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ur" && !urdu.ResourceNotFound
            ? new IdentityError { Code = english.Code, Description = urdu.Value }
            : english;
}

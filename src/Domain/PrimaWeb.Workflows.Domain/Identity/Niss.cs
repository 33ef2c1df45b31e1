using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PrimaWeb.Workflows.Domain.Identity;

/// <summary>
/// A social security identification number (NISS / INSZ): a National Register number or a BIS number.
/// Eleven digits <c>YYMMDD NNN CC</c>; CC = 97 − (first nine digits mod 97), computed on "2" followed by the nine
/// digits for persons born in 2000 or later. BIS numbers add 40 (sex known) or 20 (sex unknown) to the month.
/// Birth date parts may be 00 when unknown, so a date is derived only when the number carries a whole one.
/// </summary>
public readonly record struct Niss : IParsable<Niss>
{
    private readonly string _digits;

    private Niss(string digits, int century)
    {
        _digits = digits;
        Century = century;
    }

    /// <summary>The canonical eleven digits.</summary>
    public string Value => _digits ?? throw new InvalidOperationException("Uninitialised NISS.");

    /// <summary>1900 or 2000, the century whose check-digit rule the number satisfies.</summary>
    public int Century { get; }

    public NissKind Kind => RawMonth switch
    {
        >= 40 => NissKind.BisSexKnown,
        >= 20 => NissKind.BisSexUnknown,
        _ => NissKind.NationalRegister,
    };

    public bool IsBis => Kind != NissKind.NationalRegister;

    /// <summary>Sequence number (odd for men, even for women when the sex is known).</summary>
    public int Sequence => int.Parse(Value.AsSpan(6, 3), CultureInfo.InvariantCulture);

    public Gender Gender => Kind == NissKind.BisSexUnknown
        ? Gender.Unknown
        : Sequence % 2 == 1 ? Gender.Male : Gender.Female;

    /// <summary>The birth date, or null when the number carries an unknown month or day (00).</summary>
    public DateOnly? BirthDate
    {
        get
        {
            var month = RawMonth % 20;
            var day = int.Parse(Value.AsSpan(4, 2), CultureInfo.InvariantCulture);
            return month == 0 || day == 0 ? null : new DateOnly(Century + YearInCentury, month, day);
        }
    }

    /// <summary>The birth year (always known: the check digits fix the century).</summary>
    public int BirthYear => Century + YearInCentury;

    /// <summary>Formatted as printed on documents: <c>93.05.18-223.61</c>.</summary>
    public string Formatted => $"{Value[..2]}.{Value[2..4]}.{Value[4..6]}-{Value[6..9]}.{Value[9..]}";

    private int RawMonth => int.Parse(Value.AsSpan(2, 2), CultureInfo.InvariantCulture);

    private int YearInCentury => int.Parse(Value.AsSpan(0, 2), CultureInfo.InvariantCulture);

    /// <summary>Parses with or without separators (whitespace, dots, dashes, slashes).</summary>
    /// <exception cref="InvalidNissException">The text is not a valid NISS; the message says why.</exception>
    public static Niss Parse(string s) => Parse(s, null);

    /// <summary>Same as <see cref="Parse(string)"/>; the provider is ignored (a NISS does not depend on culture).</summary>
    /// <remarks>Kept public because callers already use it to satisfy CA1305, which flags the one-argument overload.</remarks>
    public static Niss Parse(string s, IFormatProvider? provider)
    {
        var (niss, error, message) = Read(s);
        return error is null ? niss : throw new InvalidNissException(error.Value, message!);
    }

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Niss result)
    {
        var (niss, error, _) = Read(s);
        result = niss;
        return error is null;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, out Niss result) => TryParse(s, null, out result);

    /// <summary>Validates and returns the reason of a refusal, for forms that show it to the user.</summary>
    public static bool TryParse(string? s, out Niss result, out NissError? error, out string? message)
    {
        (result, error, message) = Read(s);
        return error is null;
    }

    /// <summary>Computes the check digits for nine digits under the given century's rule (1900 or 2000).</summary>
    public static int CheckDigits(long firstNineDigits, int century)
    {
        var basis = century >= 2000 ? 2_000_000_000L + firstNineDigits : firstNineDigits;
        return 97 - (int)(basis % 97);
    }

    public override string ToString() => _digits ?? string.Empty;

    private static (Niss Niss, NissError? Error, string? Message) Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (default, NissError.Empty, "The NISS is empty.");
        }

        Span<char> digits = stackalloc char[11];
        var count = 0;
        foreach (var c in text)
        {
            // Any whitespace counts as a separator: numbers pasted from documents carry tabs and non-breaking spaces.
            if (c is '.' or '-' or '/' || char.IsWhiteSpace(c))
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return (default, NissError.InvalidCharacters, $"The NISS '{text}' contains '{c}'; only digits and the separators . - / and space are allowed.");
            }

            if (count == 11)
            {
                return (default, NissError.WrongLength, $"The NISS '{text}' has more than 11 digits.");
            }

            digits[count++] = c;
        }

        if (count != 11)
        {
            return (default, NissError.WrongLength, $"The NISS '{text}' has {count} digits; 11 are required.");
        }

        var nine = long.Parse(digits[..9], CultureInfo.InvariantCulture);
        var check = int.Parse(digits[9..], CultureInfo.InvariantCulture);
        int century;
        if (CheckDigits(nine, 1900) == check)
        {
            century = 1900;
        }
        else if (CheckDigits(nine, 2000) == check)
        {
            century = 2000;
        }
        else
        {
            return (default, NissError.CheckDigitsMismatch,
                $"The NISS '{text}' has check digits {check:00}; they should be {CheckDigits(nine, 1900):00} (born before 2000) or {CheckDigits(nine, 2000):00} (born in 2000 or later).");
        }

        var canonical = new string(digits);
        var month = int.Parse(digits[2..4], CultureInfo.InvariantCulture) % 20;
        var day = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        var rawMonth = int.Parse(digits[2..4], CultureInfo.InvariantCulture);
        var year = century + int.Parse(digits[..2], CultureInfo.InvariantCulture);
        if (rawMonth >= 60 || month > 12 || (month > 0 && day > DateTime.DaysInMonth(year, month)) || (month == 0 && day > 31))
        {
            return (default, NissError.ImpossibleDate, $"The NISS '{text}' encodes an impossible birth date (year {year}, month {digits[2..4]}, day {digits[4..6]}).");
        }

        return (new Niss(canonical, century), null, null);
    }
}

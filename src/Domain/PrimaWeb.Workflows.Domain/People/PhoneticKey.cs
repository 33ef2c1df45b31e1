using System.Globalization;
using System.Text;

namespace PrimaWeb.Workflows.Domain.People;

/// <summary>
/// A phonetic key for Belgian (French and Dutch) family names, so that spelling variants find each other:
/// Dupont/Dupond, Janssens/Janssen/Jansens, Vandenbroeck/Van den Broek/Vandenbroucke, Claes/Claeys/Klaas,
/// Hendrickx/Hendricks, d'Hondt/De Hondt/Dhondt. The National Register's own algorithm is not published; this one is
/// documented in docs/services.md. The simulator's National Register search and the CPAS's search of its own persons
/// share it, so that both find the same spelling variants.
/// <list type="number">
/// <item>Normalise: strip accents, upper-case, keep letters only (particles, spaces, hyphens, apostrophes go:
///   "Van den Broek" = "VANDENBROEK").</item>
/// <item>Rewrite letter groups that sound alike: CK, CQ, QU, Q, K → K; C before E/I/Y → S, other C → K (but CH stays
///   a sound of its own: X); PH → F; TH → T; DT → T; GH → G; SCH → S; X → KS; Z → S; W after a vowel → vowel; H
///   (silent in French, weak in Dutch) dropped.</item>
/// <item>Every run of vowels (A E I O U Y, and IJ) becomes one vowel mark "A": "AE", "EY", "OE", "OU" all sound as one
///   vowel in these names.</item>
/// <item>Doubled consonants collapse (SS → S, NN → N).</item>
/// <item>The end is weakened: final S (Dutch patronymic plural, French silent s) and final vowel are dropped, final D
///   becomes T (Dupond = Dupont). Done once, in that order.</item>
/// </list>
/// </summary>
public static class PhoneticKey
{
    public static string Of(string name)
    {
        var letters = Normalise(name);
        if (letters.Length == 0)
        {
            return string.Empty;
        }

        var rewritten = Rewrite(letters);
        var key = new StringBuilder(rewritten.Length);
        foreach (var c in rewritten)
        {
            var mark = IsVowel(c) ? 'A' : c;
            if (key.Length > 0 && key[^1] == mark)
            {
                continue;
            }

            key.Append(mark);
        }

        if (key.Length > 2 && key[^1] == 'S')
        {
            key.Length--;
        }

        if (key.Length > 2 && key[^1] == 'A')
        {
            key.Length--;
        }

        if (key[^1] == 'D')
        {
            key[^1] = 'T';
        }

        return key.ToString();
    }

    private static string Normalise(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetter(c))
            {
                letters.Append(char.ToUpperInvariant(c));
            }
        }

        return letters.ToString();
    }

    private static string Rewrite(string s)
    {
        var output = new StringBuilder(s.Length + 4);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            var after = i + 2 < s.Length ? s[i + 2] : '\0';
            switch (c)
            {
                case 'S' when next == 'C' && after == 'H':
                    output.Append('S');
                    i += 2;
                    break;
                case 'C' when next == 'H':
                    output.Append('X');
                    i++;
                    break;
                case 'C' when next is 'K' or 'Q':
                    output.Append('K');
                    i++;
                    break;
                case 'C' when next is 'E' or 'I' or 'Y':
                    output.Append('S');
                    break;
                case 'C' or 'K':
                    output.Append('K');
                    break;
                case 'Q':
                    output.Append('K');
                    if (next == 'U')
                    {
                        i++;
                    }

                    break;
                case 'P' when next == 'H':
                    output.Append('F');
                    i++;
                    break;
                case 'T' when next == 'H':
                    output.Append('T');
                    i++;
                    break;
                case 'D' when next == 'T':
                    output.Append('T');
                    i++;
                    break;
                case 'G' when next == 'H':
                    output.Append('G');
                    i++;
                    break;
                case 'I' when next == 'J':
                    output.Append('I');
                    i++;
                    break;
                case 'X':
                    output.Append("KS");
                    break;
                case 'Z':
                    output.Append('S');
                    break;
                case 'W' when i > 0 && IsVowel(s[i - 1]):
                    output.Append('U');
                    break;
                case 'H':
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';
}
